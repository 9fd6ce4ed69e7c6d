import type { CollectionConfig } from 'payload'
import { fieldIsRole, hasRole, isAdmin, ROLES, type RoleUser } from '@/access'
import { hideAccountState } from './hooks/hideAccountState'
import { endLoginTurn, waitForLoginTurn } from './hooks/oneLoginAtATime'
import { endOtherSessions, requireCurrentPassword } from './hooks/requireCurrentPassword'
import { throttlePasswordResets } from './hooks/throttlePasswordResets'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Tài khoản', plural: 'Tài khoản' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Secure whenever the portal is served over HTTPS (production); a plain-HTTP development server keeps working.
    cookies: { sameSite: 'Lax', secure: (process.env.SERVER_URL ?? '').startsWith('https://') },
    forgotPassword: { minRequestInterval: 0 },
  },
  hooks: {
    beforeOperation: [throttlePasswordResets, hideAccountState, waitForLoginTurn, requireCurrentPassword],
    afterOperation: [endLoginTurn],
    afterChange: [endOtherSessions],
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Hệ thống',
  },
  access: {
    // Staff see their own account; admins manage all accounts.
    read: ({ req: { user } }) => {
      if (!user) return false
      if (hasRole(user as RoleUser, 'admin')) return true
      return { id: { equals: user.id } }
    },
    create: isAdmin,
    update: ({ req: { user } }) => {
      if (!user) return false
      if (hasRole(user as RoleUser, 'admin')) return true
      return { id: { equals: user.id } }
    },
    delete: isAdmin,
    // Every staff account may open the admin; only admins unlock an account after failed logins.
    admin: ({ req: { user } }) => Boolean(user),
    unlock: isAdmin,
    readVersions: () => false,
  },
  fields: [
    { name: 'name', label: 'Họ và tên', type: 'text', required: true },
    {
      // Never stored: read by hooks/requireCurrentPassword.ts when one changes one's own e-mail or password.
      name: 'currentPassword',
      label: 'Mật khẩu hiện tại',
      type: 'text',
      virtual: true,
      admin: {
        description: 'Bắt buộc khi bạn đổi email hoặc mật khẩu của chính mình.',
        components: { Field: '@payloadcms/ui#PasswordField' },
        condition: (data, _sibling, { user }) => Boolean(user && data?.id && String(data.id) === String(user.id)),
      },
    },
    {
      name: 'roles',
      label: 'Vai trò',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['reporter'],
      options: ROLES.map((r) => ({ value: r.value, label: r.label })),
      access: { create: fieldIsRole('admin'), update: fieldIsRole('admin') },
      saveToJWT: true,
    },
    {
      name: 'organizations',
      label: 'Tổ chức đảng được giao',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      admin: { description: 'Cán bộ cơ sở làm việc cho các tổ chức này và các tổ chức trực thuộc.' },
      access: { create: fieldIsRole('admin'), update: fieldIsRole('admin') },
      saveToJWT: true,
    },
  ],
}
