export type JobRunnerState = 'running' | 'behind' | 'disabled'

export type HealthBody = {
  status: 'ok' | 'unavailable'
  database: 'ok' | 'unreachable'
  jobs: JobRunnerState | 'unknown'
}

export type HealthProbes = {
  /** Resolves when the database answers a query; rejects (or never settles) when it cannot. */
  database: () => Promise<void>
  /** Whether this instance runs scheduled jobs and keeps up with them. */
  jobs: () => Promise<JobRunnerState>
}

/** A database that does not answer within this time counts as unreachable for a load balancer. */
export const HEALTH_TIMEOUT_MS = 3_000

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * What `GET /api/health` answers: 200 while the database answers, 503 when it does not, with
 * the state of the database and of the job runner and nothing else — no versions, paths,
 * counts or error messages.
 */
export async function checkHealth(
  probes: HealthProbes,
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<{ status: number; body: HealthBody }> {
  const database = await within(probes.database(), timeoutMs).then(
    () => 'ok' as const,
    () => 'unreachable' as const,
  )
  if (database !== 'ok') return { status: 503, body: { status: 'unavailable', database, jobs: 'unknown' } }
  const jobs = await within(probes.jobs(), timeoutMs).catch(() => 'unknown' as const)
  return { status: 200, body: { status: 'ok', database, jobs } }
}
