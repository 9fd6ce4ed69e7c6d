import type { Access, CollectionConfig, FieldAccess } from 'payload'
import {
  changeUnlessLive,
  createUnlessLive,
  hasRole,
  PUBLISHER_ROLES,
  type LiveRule,
  type Role,
  type RoleUser,
} from '@/access'
import { freezeInspectionTally } from './hooks/freezeInspectionTally'
import { dateOnly } from '@/fields/dateOnly'

/** The newsroom publishes; the inspection committee prepares; both see unpublished ones. */
const PUBLISHING_ROLES: Role[] = ['admin', 'editor', 'inspector']
export const TALLIES_LIVE: LiveRule = {
  collection: 'published-tallies',
  publishers: PUBLISHER_ROLES,
  preparers: ['inspector'],
  isLive: (doc) => doc.published === true,
  notLive: { or: [{ published: { equals: false } }, { published: { exists: false } }] },
  goesLive: (data) => data.published === true,
}
const publishedOrPublishing: Access = ({ req: { user } }) =>
  hasRole(user as RoleUser, ...PUBLISHING_ROLES) ? true : { published: { equals: true } }
const serverWritten: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/**
 * Số liệu kiểm tra, kỷ luật công bố: a period's inspection and discipline tally, counted once
 * and stored, that an editor chooses to show on /tien-do. Aggregates only: no organisation,
 * no member, no decision ever leaves the inspection committee through here.
 */
export const PublishedTallies: CollectionConfig = {
  slug: 'published-tallies',
  labels: { singular: 'Số liệu kiểm tra, kỷ luật công bố', plural: 'Số liệu công bố' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'periodFrom', 'periodTo', 'published', 'countedAt'],
    group: 'Kiểm tra, kỷ luật',
    description:
      'Chọn kỳ số liệu và lưu: hệ thống đếm từ hồ sơ kiểm tra, kỷ luật và lưu lại con số (chỉ số tổng hợp, không có tên tổ chức hay đảng viên). Đánh dấu “Công bố” để hiện trên trang Tiến độ.',
  },
  defaultSort: '-periodTo',
  access: {
    read: publishedOrPublishing,
    // No versions are kept; without this rule Payload answers /versions with a server error.
    readVersions: () => false,
    create: createUnlessLive(TALLIES_LIVE),
    update: changeUnlessLive(TALLIES_LIVE),
    delete: changeUnlessLive(TALLIES_LIVE),
  },
  hooks: { beforeChange: [freezeInspectionTally] },
  fields: [
    { name: 'title', label: 'Tiêu đề', type: 'text', required: true, maxLength: 300 },
    {
      type: 'row',
      fields: [
        { name: 'periodFrom', label: 'Từ ngày', type: 'date', required: true, admin: dateOnly },
        { name: 'periodTo', label: 'Đến ngày', type: 'date', required: true, index: true, admin: dateOnly },
      ],
    },
    { name: 'note', label: 'Ghi chú công bố', type: 'textarea', maxLength: 2000 },
    {
      name: 'published',
      label: 'Công bố trên trang Tiến độ',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'recount',
      label: 'Đếm lại số liệu khi lưu',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Số liệu được giữ nguyên từ lần đếm trước, trừ khi đổi kỳ hoặc chọn mục này.',
      },
    },
    {
      name: 'sentence',
      label: 'Số liệu (bằng lời)',
      type: 'textarea',
      access: serverWritten,
      admin: { readOnly: true },
    },
    {
      name: 'countedAt',
      label: 'Thời điểm đếm',
      type: 'date',
      access: serverWritten,
      admin: { readOnly: true, position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    { name: 'figures', label: 'Số liệu', type: 'json', access: serverWritten, admin: { hidden: true } },
  ],
}
