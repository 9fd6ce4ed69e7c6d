import { randomBytes } from 'node:crypto'
import http from 'node:http'
import { PEER_ADDRESS_KEY, peerAddressStore } from './peerAddress'

/** Node.js only (the server's start): see `peerAddress.ts` for why. */
export function recordPeerAddresses(): void {
  if (peerAddressStore[PEER_ADDRESS_KEY]) return
  const name = `x-peer-${randomBytes(12).toString('hex')}`
  peerAddressStore[PEER_ADDRESS_KEY] = name
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[name] = request.socket?.remoteAddress ?? ''
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as typeof emit
}
