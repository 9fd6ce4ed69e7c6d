import type { CollectionConfig, Plugin } from 'payload'
import { auditLogCollection } from '../../collections/audit-log'
import {
  auditCollectionHooks,
  noteLoginAttempt,
  recordFailedLogin,
  recordLogin,
  recordLogout,
  type AuditedCollection,
} from './hooks'

function pluralLabel(c: CollectionConfig): string {
  const plural = c.labels?.plural
  return typeof plural === 'string' ? plural : c.slug
}

/**
 * The audit trail, applied in one place: the `audit-log` collection, the change hooks on every
 * audited collection, and login/logout/refused-login records on the users collection.
 */
export function auditTrail(options: {
  public: AuditedCollection['slug'][]
  restricted: AuditedCollection['slug'][]
}): Plugin {
  const targets: AuditedCollection[] = [
    ...options.public.map((slug) => ({ slug, restricted: false })),
    ...options.restricted.map((slug) => ({ slug, restricted: true })),
  ]
  return (config) => {
    const collections = (config.collections ?? []).map((collection) => {
      const target = targets.find((t) => t.slug === collection.slug)
      const withAuth = collection.auth ? withLoginRecords(collection) : collection
      if (!target) return withAuth
      const hooks = auditCollectionHooks(target, withAuth)
      return {
        ...withAuth,
        hooks: {
          ...withAuth.hooks,
          beforeChange: [...(withAuth.hooks?.beforeChange ?? []), hooks.rememberBefore],
          afterChange: [...(withAuth.hooks?.afterChange ?? []), hooks.recordChange],
          afterDelete: [...(withAuth.hooks?.afterDelete ?? []), hooks.recordDelete],
        },
      }
    })
    const missing = targets.filter((t) => !collections.some((c) => c.slug === t.slug))
    if (missing.length) throw new Error(`Nhật ký thao tác: không có danh mục ${missing.map((t) => t.slug).join(', ')}`)
    const labelled = targets.map((t) => ({
      value: t.slug,
      label: pluralLabel(collections.find((c) => c.slug === t.slug)!),
    }))
    return {
      ...config,
      collections: [...collections, auditLogCollection(labelled)],
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), recordFailedLogin] },
    }
  }
}

function withLoginRecords(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      // First: the collection's own hooks may refuse the login (an unknown address, a locked account).
      beforeOperation: [noteLoginAttempt, ...(collection.hooks?.beforeOperation ?? [])],
      afterLogin: [...(collection.hooks?.afterLogin ?? []), recordLogin],
      afterLogout: [...(collection.hooks?.afterLogout ?? []), recordLogout],
    },
  }
}
