import type { TypedUser } from 'payload'
import { hasRole, type RoleUser } from '@/access'
import { PROGRESS_VIEW_ROLES } from '@/access/progress'

/** A link to the progress dashboard in the admin's side navigation, for the roles that use it. */
export function ProgressNavLink({ user }: { user?: TypedUser | null }) {
  if (!hasRole(user as RoleUser, ...PROGRESS_VIEW_ROLES)) return null
  return (
    <a className="nav__link progress-nav-link" href="/admin/tien-do" id="nav-tien-do">
      <span className="nav__link-label">Tiến độ và số liệu</span>
    </a>
  )
}
