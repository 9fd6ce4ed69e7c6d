import config from '@payload-config'
import { getPayload } from 'payload'
import { checkHealth, type JobRunnerState } from '@/health/check'

export const dynamic = 'force-dynamic'

/** A due job still waiting after this long means the runner is not keeping up (or not running anywhere). */
const JOB_LATE_MS = 5 * 60_000

/** For load balancers and monitoring: see src/health/check.ts. */
export async function GET(): Promise<Response> {
  const payload = getPayload({ config })
  const { status, body } = await checkHealth({
    database: async () => {
      await (await payload).count({ collection: 'users', overrideAccess: true })
    },
    jobs: async (): Promise<JobRunnerState> => {
      if (process.env.DISABLE_JOB_RUNNER === '1') return 'disabled'
      const late = new Date(Date.now() - JOB_LATE_MS).toISOString()
      const { totalDocs } = await (
        await payload
      ).count({
        collection: 'payload-jobs',
        overrideAccess: true,
        where: {
          and: [
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            { or: [{ waitUntil: { less_than: late } }, { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than: late } }] }] },
          ],
        },
      })
      return totalDocs > 0 ? 'behind' : 'running'
    },
  })
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}
