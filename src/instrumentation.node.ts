/** The server's start-up on Node.js (see `instrumentation.ts`). */
export async function registerNode(): Promise<void> {
  const { recordPeerAddresses } = await import('@/http/recordPeerAddresses')
  recordPeerAddresses()
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  // A production server with the development secret or without its public address stops
  // here with the reason, instead of failing on every request.
  const { payloadSecret } = await import('@/config/secret')
  const { serverUrl } = await import('@/config/serverUrl')
  try {
    payloadSecret()
    serverUrl()
  } catch (err) {
    console.error((err as Error).message)
    process.exit(1)
  }
}
