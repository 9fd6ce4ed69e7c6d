/** Runs once when the server starts (Next.js instrumentation hook), before it answers anything. */
export async function register(): Promise<void> {
  // Inside this block only: Next.js compiles the hook for the edge runtime too, and drops the
  // block there, so the Node.js-only modules below never reach the edge bundle.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { recordPeerAddresses } = await import('./http/peerAddress')
    recordPeerAddresses()
    if (process.env.NEXT_PHASE === 'phase-production-build') return
    // A production server with the development secret or without its public address stops
    // here with the reason, instead of failing on every request.
    const { payloadSecret } = await import('./config/secret')
    const { serverUrl } = await import('./config/serverUrl')
    try {
      payloadSecret()
      serverUrl()
    } catch (err) {
      console.error((err as Error).message)
      process.exit(1)
    }
  }
}
