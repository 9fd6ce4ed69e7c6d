import { ValidationError, type CollectionBeforeValidateHook, type Config, type GlobalBeforeValidateHook } from 'payload'
import { unsafeLinkMessage, unsafeLinks } from './safeLinks'

type ValidateArgs = {
  data?: Record<string, unknown> | Partial<Record<string, unknown>>
  req: Parameters<CollectionBeforeValidateHook>[0]['req']
}

function check(slug: { collection?: string; global?: string }, { data, req }: ValidateArgs) {
  if (!data) return data
  const errors = Object.entries(data).flatMap(([path, value]) =>
    unsafeLinks(value).map((url) => ({ path, message: unsafeLinkMessage(url) })),
  )
  if (errors.length) throw new ValidationError({ ...slug, errors, req }, req.t)
  return data
}

/**
 * Adds the link check to every collection and global, so a rich-text field added later is
 * covered too; it runs before Payload's own validation, from every door (REST, GraphQL, admin).
 */
export function refuseUnsafeLinks(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map((collection) => {
      const hook: CollectionBeforeValidateHook = (args) => check({ collection: collection.slug }, args)
      return {
        ...collection,
        hooks: { ...collection.hooks, beforeValidate: [hook, ...(collection.hooks?.beforeValidate ?? [])] },
      }
    }),
    globals: config.globals?.map((global) => {
      const hook: GlobalBeforeValidateHook = (args) => check({ global: global.slug }, args)
      return { ...global, hooks: { ...global.hooks, beforeValidate: [hook, ...(global.hooks?.beforeValidate ?? [])] } }
    }),
  }
}
