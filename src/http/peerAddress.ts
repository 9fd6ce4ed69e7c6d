/**
 * Next.js gives route handlers and server actions the request's headers but not its socket,
 * and it only fills `X-Forwarded-For` from the socket when the client did not send one. So
 * at start-up the server copies each connection's address into a header whose name is random
 * per process: a client cannot forge a header it cannot name, and the rate limits read the
 * real address without trusting anything the client wrote.
 */
export const PEER_ADDRESS_KEY = Symbol.for('soi-sua.peer-address-header')
// One slot per process on globalThis, keyed by a registered symbol that its type does not know.
export const peerAddressStore = globalThis as unknown as Record<symbol, string | undefined>

export function peerAddressHeader(): string | undefined {
  return peerAddressStore[PEER_ADDRESS_KEY]
}
