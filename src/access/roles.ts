export const ROLES = [
  { value: 'admin', label: 'Quản trị hệ thống' },
  { value: 'editor', label: 'Biên tập viên' },
  { value: 'reporter', label: 'Phóng viên' },
  { value: 'org-officer', label: 'Cán bộ cơ sở' },
  { value: 'reviewer', label: 'Ban Tuyên giáo (thẩm định)' },
  { value: 'approver', label: 'Thường trực Huyện ủy (phê duyệt)' },
  { value: 'inspector', label: 'Ủy ban Kiểm tra' },
] as const

export type Role = (typeof ROLES)[number]['value']

export type RoleUser = { id?: string | number; roles?: Role[] | null; collection?: string } | null | undefined

export function hasRole(user: RoleUser, ...roles: Role[]): boolean {
  if (!user || !Array.isArray(user.roles)) return false
  return user.roles.some((r) => roles.includes(r))
}

/** Roles that work on public content in the newsroom. */
export const NEWSROOM_ROLES: Role[] = ['admin', 'editor', 'reporter']
/** Roles that may publish public content. */
export const PUBLISHER_ROLES: Role[] = ['admin', 'editor']
/** Roles of district and grassroots staff (may log in to the admin). */
export const STAFF_ROLES: Role[] = ROLES.map((r) => r.value)
