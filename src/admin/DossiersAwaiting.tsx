import type { Payload, TypedUser } from 'payload'
import type { Role } from '@/access/roles'
import { formatDateTime } from '@/vietnamese'
import { stageLabel, stagesAwaiting } from '@/workflow'

type Props = { payload: Payload; user?: TypedUser | null }

const cell: React.CSSProperties = {
  padding: '0.5rem 0.75rem',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'left',
}

/**
 * The top of each staff member's dashboard: the dossiers now in their hands (docs/dossier-workflow.md),
 * read with their own access rules, so an officer sees only their organisations' dossiers.
 */
export async function DossiersAwaiting({ payload, user }: Props) {
  const stages = stagesAwaiting((user as { roles?: Role[] } | null)?.roles)
  if (!user || stages.length === 0) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'dossiers',
    where: { stage: { in: stages } },
    sort: '-updatedAt',
    limit: 20,
    depth: 0,
    select: { title: true, stage: true, updatedAt: true },
    overrideAccess: false,
    user,
  })
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="ho-so-cho-xu-ly" style={{ marginBottom: '2rem' }}>
      <h2 id="ho-so-cho-xu-ly" style={{ marginBottom: '0.5rem' }}>
        Hồ sơ đang chờ bạn xử lý {totalDocs > 0 ? `(${totalDocs})` : ''}
      </h2>
      {docs.length === 0 ? (
        <p>Không có hồ sơ nào đang chờ bạn.</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={cell}>Hồ sơ</th>
              <th style={cell}>Bước</th>
              <th style={cell}>Cập nhật</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr key={String(d.id)}>
                <td style={cell}>
                  <a href={`${admin}/collections/dossiers/${d.id}`}>
                    {String((d as { title?: string }).title ?? d.id)}
                  </a>
                </td>
                <td style={cell}>{stageLabel((d as { stage?: string }).stage)}</td>
                <td style={cell}>{formatDateTime((d as { updatedAt?: string }).updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {totalDocs > docs.length ? (
        <p>
          <a href={`${admin}/collections/dossiers?where[stage][in]=${stages.join(',')}`}>
            Xem tất cả {totalDocs} hồ sơ
          </a>
        </p>
      ) : null}
    </section>
  )
}
