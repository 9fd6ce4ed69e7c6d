import { optionLabel } from '@/fields/options'

/** The words for Party organisations, shared by the collection, progress figures and exports. */
export const ORGANIZATION_KINDS = [
  { value: 'province', label: 'Đảng bộ tỉnh' },
  { value: 'district', label: 'Đảng bộ huyện' },
  { value: 'grassroots-committee', label: 'Đảng bộ cơ sở' },
  { value: 'grassroots-cell', label: 'Chi bộ cơ sở' },
  { value: 'section-committee', label: 'Đảng bộ bộ phận' },
  { value: 'cell', label: 'Chi bộ trực thuộc' },
] as const

export const ORGANIZATION_SECTORS = [
  { value: 'commune', label: 'Xã, thị trấn' },
  { value: 'agency', label: 'Cơ quan' },
  { value: 'enterprise', label: 'Doanh nghiệp' },
  { value: 'armed-forces', label: 'Lực lượng vũ trang' },
] as const

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]['value']

/** Kinds of organisation that owe the district a dossier of their own (the TCCS of the tally). */
export const GRASSROOTS_KINDS: string[] = ['grassroots-committee', 'grassroots-cell'] satisfies OrganizationKind[]

export const organizationKindLabel = (kind: unknown) => optionLabel(ORGANIZATION_KINDS, kind)
export const organizationSectorLabel = (sector: unknown) => optionLabel(ORGANIZATION_SECTORS, sector)
