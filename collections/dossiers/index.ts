import type { CollectionConfig, FieldAccess, PayloadRequest } from 'payload'
import { isRole } from '@/access'
import { readOwnOrganizations, writeOwnOrganizations } from '@/access/organizationScope'
import { EDITABLE_STAGES, EVALUATION_RESULTS, PLAN_PROGRESS, STAGES } from '@/workflow'
import { SUGGESTION_DECISIONS } from '@/suggest/decisions'
import { decideSuggestionEndpoint } from '@/suggest/server/endpoints'
import { vietnamYear, yearProblem } from '@/workflow/years'
import { dossierYearRange } from '@/workflow/server/years'
import { transitionEndpoint, transitionOptionsEndpoint } from '@/workflow/server/endpoint'
import { checkDossierContent } from './hooks/checkDossierContent'
import { guardDossierWrite } from './hooks/guardDossierWrite'
import { keepStageInWorkflow } from './hooks/keepStageInWorkflow'
import { dateOnly } from '@/fields/dateOnly'

const editable = { stage: { in: EDITABLE_STAGES } }
/** Written only by the workflow (which bypasses field access), never by a form. */
const workflowOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/**
 * Hồ sơ nhận diện và khắc phục: one per organisation per year. The form follows the paper
 * form's order: identify → plan → year-end evaluation → conclusion cross-check → attachments.
 * The stage moves only through POST /api/dossiers/:id/transition (src/workflow).
 */
export const Dossiers: CollectionConfig = {
  slug: 'dossiers',
  labels: { singular: 'Hồ sơ nhận diện, khắc phục', plural: 'Hồ sơ nhận diện, khắc phục' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'stage', 'updatedAt'],
    listSearchableFields: ['title', 'organizationName'],
    group: 'Hồ sơ Đề án 05',
    description: 'Mỗi tổ chức đảng một hồ sơ mỗi năm. Bước của hồ sơ chỉ thay đổi qua các nút thao tác ở đầu hồ sơ.',
  },
  access: {
    read: readOwnOrganizations('organization'),
    readVersions: readOwnOrganizations('version.organization'),
    create: isRole('admin', 'org-officer'),
    update: writeOwnOrganizations('organization', editable),
    // A dossier that has ever left the organisation has a history; it is never deleted.
    delete: writeOwnOrganizations('organization', { stage: { equals: 'draft' } }),
  },
  versions: { maxPerDoc: 100 },
  endpoints: [transitionEndpoint, transitionOptionsEndpoint, decideSuggestionEndpoint],
  hooks: {
    beforeOperation: [guardDossierWrite],
    beforeChange: [keepStageInWorkflow, checkDossierContent],
  },
  fields: [
    {
      name: 'workflow',
      type: 'ui',
      admin: { components: { Field: '/collections/dossiers/components/WorkflowPanel#WorkflowPanel' } },
    },
    { name: 'title', label: 'Hồ sơ', type: 'text', admin: { hidden: true } },
    { name: 'organizationName', label: 'Tên tổ chức', type: 'text', admin: { hidden: true } },
    {
      name: 'organization',
      label: 'Tổ chức đảng',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'year',
      label: 'Năm',
      type: 'number',
      required: true,
      index: true,
      validate: async (value: number | null | undefined, { req }: { req: PayloadRequest }) =>
        yearProblem(value, await dossierYearRange(req.payload)) ?? true,
      defaultValue: () => vietnamYear(),
      admin: { position: 'sidebar' },
    },
    {
      name: 'stage',
      label: 'Bước',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: STAGES.map((s) => ({ value: s.value, label: s.label })),
      admin: { position: 'sidebar', readOnly: true, description: 'Chỉ thay đổi qua các nút thao tác của quy trình.' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: '1. Nhận diện',
          description: 'Những biểu hiện suy thoái mà tổ chức tự nhận diện là có ở mình, kèm nhận xét của tổ chức.',
          fields: [
            {
              name: 'identified',
              label: 'Biểu hiện đã nhận diện',
              labels: { singular: 'Biểu hiện', plural: 'Biểu hiện' },
              type: 'array',
              fields: [
                {
                  name: 'indicator',
                  label: 'Biểu hiện',
                  type: 'relationship',
                  relationTo: 'indicators',
                  required: true,
                },
                { name: 'note', label: 'Nhận xét của tổ chức', type: 'textarea' },
              ],
            },
          ],
        },
        {
          label: '2. Kế hoạch khắc phục',
          description: 'Mỗi biểu hiện đã nhận diện cần ít nhất một biện pháp khắc phục.',
          fields: [
            {
              name: 'planItems',
              label: 'Biện pháp khắc phục',
              labels: { singular: 'Biện pháp', plural: 'Biện pháp' },
              type: 'array',
              fields: [
                {
                  name: 'code',
                  label: 'Số hiệu',
                  type: 'text',
                  admin: {
                    readOnly: true,
                    description: 'Tự đánh số khi lưu (BP-1, BP-2…), dùng khi đánh giá cuối năm.',
                  },
                },
                { name: 'measure', label: 'Biện pháp', type: 'textarea', required: true },
                {
                  name: 'indicators',
                  label: 'Khắc phục biểu hiện',
                  type: 'relationship',
                  relationTo: 'indicators',
                  hasMany: true,
                  required: true,
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'responsible', label: 'Người/bộ phận chịu trách nhiệm', type: 'text' },
                    { name: 'deadline', label: 'Thời hạn', type: 'date', admin: dateOnly },
                    {
                      name: 'progress',
                      label: 'Tiến độ',
                      type: 'select',
                      defaultValue: 'not-started',
                      options: [...PLAN_PROGRESS],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: '3. Đánh giá cuối năm',
          description: 'Kết quả thực hiện từng biện pháp, ghi theo số hiệu biện pháp ở mục 2.',
          fields: [
            {
              name: 'evaluations',
              label: 'Đánh giá từng biện pháp',
              labels: { singular: 'Đánh giá', plural: 'Đánh giá' },
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'measure', label: 'Số hiệu biện pháp (BP-…)', type: 'text', required: true },
                    {
                      name: 'result',
                      label: 'Kết quả',
                      type: 'select',
                      required: true,
                      options: [...EVALUATION_RESULTS],
                    },
                  ],
                },
                { name: 'note', label: 'Ghi chú', type: 'textarea' },
              ],
            },
            { name: 'selfAssessment', label: 'Tự đánh giá chung', type: 'textarea' },
          ],
        },
        {
          label: '4. Đối chiếu phiếu kết luận',
          description:
            'Chép lại từng thiếu sót nêu trong phiếu kết luận cuối năm và gắn với biểu hiện đã nhận diện. Ban Tuyên giáo chỉ đề nghị phê duyệt khi mọi thiếu sót đã được đối chiếu.',
          fields: [
            {
              name: 'crossCheck',
              type: 'ui',
              admin: {
                components: { Field: '/collections/dossiers/components/ConclusionCrossCheck#ConclusionCrossCheck' },
              },
            },
            {
              name: 'suggestedIndicators',
              type: 'ui',
              admin: {
                components: { Field: '/collections/dossiers/components/SuggestedIndicators#SuggestedIndicators' },
              },
            },
            {
              name: 'suggestionDecisions',
              label: 'Gợi ý đã xử lý',
              type: 'array',
              access: workflowOnly,
              admin: { hidden: true },
              fields: [
                { name: 'shortcoming', type: 'text', required: true },
                { name: 'indicator', type: 'relationship', relationTo: 'indicators', required: true },
                { name: 'decision', type: 'select', required: true, options: [...SUGGESTION_DECISIONS] },
                { name: 'by', type: 'relationship', relationTo: 'users' },
                { name: 'at', type: 'date' },
              ],
            },
            {
              name: 'shortcomings',
              label: 'Thiếu sót trong phiếu kết luận',
              labels: { singular: 'Thiếu sót', plural: 'Thiếu sót' },
              type: 'array',
              fields: [
                { name: 'source', label: 'Phiếu kết luận (số, ngày)', type: 'text' },
                { name: 'text', label: 'Thiếu sót được nêu', type: 'textarea', required: true },
                {
                  name: 'indicators',
                  label: 'Ứng với biểu hiện',
                  type: 'relationship',
                  relationTo: 'indicators',
                  hasMany: true,
                },
              ],
            },
          ],
        },
        {
          label: '5. Tài liệu đính kèm',
          description: 'Bản chụp các biểu mẫu có chữ ký (PDF hoặc ảnh). Chỉ người có quyền xem hồ sơ mới mở được.',
          fields: [
            {
              name: 'attachments',
              label: 'Tài liệu đính kèm',
              type: 'join',
              collection: 'dossier-files',
              on: 'dossier',
              defaultSort: 'createdAt',
              admin: { defaultColumns: ['title', 'kind', 'filename', 'createdAt'] },
            },
          ],
        },
        {
          label: 'Ý kiến thẩm định',
          description: 'Do Ban Tuyên giáo hoặc Thường trực Huyện ủy ghi khi trả lại hồ sơ.',
          fields: [
            {
              name: 'review',
              label: false,
              type: 'group',
              access: workflowOnly,
              admin: { readOnly: true },
              fields: [
                { name: 'reason', label: 'Lý do trả lại gần nhất', type: 'textarea' },
                {
                  name: 'remarks',
                  label: 'Ý kiến theo từng mục',
                  type: 'group',
                  fields: [
                    { name: 'identification', label: '1. Nhận diện', type: 'textarea' },
                    { name: 'plan', label: '2. Kế hoạch khắc phục', type: 'textarea' },
                    { name: 'evaluation', label: '3. Đánh giá cuối năm', type: 'textarea' },
                    { name: 'conclusions', label: '4. Đối chiếu phiếu kết luận', type: 'textarea' },
                    { name: 'attachments', label: '5. Tài liệu đính kèm', type: 'textarea' },
                  ],
                },
                { name: 'by', label: 'Người ghi', type: 'relationship', relationTo: 'users' },
                {
                  name: 'at',
                  label: 'Thời điểm',
                  type: 'date',
                  admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
                },
                // The content as it was returned, so a resubmission unchanged must answer the reason.
                { name: 'fingerprint', type: 'text', admin: { hidden: true } },
              ],
            },
          ],
        },
        {
          label: 'Lịch sử',
          description: 'Mọi lần chuyển bước của hồ sơ; không ai sửa hoặc xóa được.',
          fields: [
            {
              name: 'history',
              label: 'Lịch sử xử lý',
              type: 'join',
              collection: 'dossier-events',
              on: 'dossier',
              defaultSort: 'at',
              defaultLimit: 50,
              admin: {
                allowCreate: false,
                defaultColumns: ['at', 'action', 'fromStage', 'toStage', 'actorName', 'note'],
              },
            },
          ],
        },
      ],
    },
  ],
}
