import type { Role } from './roles'
import { DISTRICT_READERS } from './organizationScope'

/**
 * Inspection and discipline records belong to the inspection committee (Ủy ban Kiểm tra):
 * nobody else reads them, not the boards that read dossiers, not the newsroom.
 */
export const INSPECTION_ROLES: Role[] = ['admin', 'inspector']

/** Roles that may see organisation-level progress (org-officers: their own organisations only). */
export const PROGRESS_STAFF_ROLES: Role[] = [...DISTRICT_READERS, 'org-officer']

/** Everyone who finds something on the progress dashboard. */
export const PROGRESS_VIEW_ROLES: Role[] = [...new Set<Role>([...PROGRESS_STAFF_ROLES, ...INSPECTION_ROLES])]
