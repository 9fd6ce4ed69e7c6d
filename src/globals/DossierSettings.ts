import type { GlobalConfig } from 'payload'
import { isAdmin } from '@/access'
import { ATTACHMENT_KINDS } from '@/workflow/stages'
import { DEFAULT_PROGRAMME_START_YEAR } from '@/workflow/years'

/** The district's calendar for dossiers: the deadline, reminders, and what must be attached. */
export const DossierSettings: GlobalConfig = {
  slug: 'dossier-settings',
  label: 'Cài đặt hồ sơ Đề án 05',
  admin: { group: 'Hệ thống' },
  access: { read: ({ req: { user } }) => Boolean(user), update: isAdmin },
  fields: [
    {
      name: 'programmeStartYear',
      label: 'Năm bắt đầu thực hiện Đề án',
      type: 'number',
      defaultValue: DEFAULT_PROGRAMME_START_YEAR,
      min: 2000,
      max: 2100,
      admin: {
        description:
          'Hồ sơ chỉ được lập cho các năm từ năm này đến năm sau năm hiện tại; các ô chọn năm chỉ liệt kê những năm đó.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'deadlineDay',
          label: 'Hạn gửi hồ sơ: ngày',
          type: 'number',
          required: true,
          defaultValue: 15,
          min: 1,
          max: 31,
        },
        { name: 'deadlineMonth', label: 'tháng', type: 'number', required: true, defaultValue: 12, min: 1, max: 12 },
      ],
    },
    {
      name: 'remindersEnabled',
      label: 'Gửi thư nhắc các tổ chức chưa gửi hồ sơ',
      type: 'checkbox',
      defaultValue: true,
    },
    {
      name: 'reminderDaysBefore',
      label: 'Bắt đầu nhắc trước hạn (ngày)',
      type: 'number',
      required: true,
      defaultValue: 14,
      min: 0,
      admin: { description: 'Sau hạn, tổ chức còn nợ hồ sơ được nhắc mỗi ngày cho đến hết năm.' },
    },
    {
      name: 'requiredAttachmentKinds',
      label: 'Tài liệu bắt buộc khi gửi thẩm định',
      type: 'select',
      hasMany: true,
      options: ATTACHMENT_KINDS.map((k) => ({ value: k.value, label: k.label })),
    },
  ],
}
