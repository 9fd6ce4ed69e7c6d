import { randomBytes } from 'node:crypto'
import http from 'node:http'

/**
 * Next.js gives route handlers and server actions the request's headers but not its socket,
 * and it only fills `X-Forwarded-For` from the socket when the client did not send one. So
 * at start-up the server copies each connection's address into a header whose name is random
 * per process: a client cannot forge a header it cannot name, and the rate limits read the
 * real address without trusting anything the client wrote.
 */
const KEY = Symbol.for('soi-sua.peer-address-header')
const store = globalThis as unknown as Record<symbol, string | undefined>

export function peerAddressHeader(): string | undefined {
  return store[KEY]
}

export function recordPeerAddresses(): void {
  if (store[KEY]) return
  const name = `x-peer-${randomBytes(12).toString('hex')}`
  store[KEY] = name
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[name] = request.socket?.remoteAddress ?? ''
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as typeof emit
}
