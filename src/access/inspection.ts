import type { Role } from './roles'

/**
 * Inspection and discipline records belong to the inspection committee (Ủy ban Kiểm tra):
 * nobody else reads them, not the boards that read dossiers, not the newsroom.
 */
export const INSPECTION_ROLES: Role[] = ['admin', 'inspector']
