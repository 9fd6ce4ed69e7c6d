/** Runs once when the server starts (Next.js instrumentation hook), before it answers anything. */
export async function register(): Promise<void> {
  // The Node.js-only start-up lives in its own module, imported only inside this branch, so the
  // edge build of this hook never sees `node:` imports.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerNode } = await import('./instrumentation.node')
    await registerNode()
  }
}
