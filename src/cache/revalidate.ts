import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'
import { cacheStore } from './store.mjs'
import { tagsForChange, type Change } from './tags'

/**
 * Invalidates cached public pages and reads, twice over. Next.js's `revalidateTag` defers
 * the invalidation to the end of the request, after the write has committed; but outside a
 * live request — a scheduled publish runs as a Payload job on a timer — it either throws
 * ("static generation store missing") or lands in the store of the long-finished request
 * that started the timer, and is lost. So the tags also go straight to the shared cache
 * store at once; it distrusts entries stored shortly after a revalidation (GRACE_MS), which
 * covers the commit that follows.
 */
export async function revalidateTags(tags: string[], req?: Pick<PayloadRequest, 'payload'>): Promise<void> {
  if (!tags.length) return
  try {
    for (const tag of tags) revalidateTag(tag)
  } catch {
    // Outside a request: the store below does it.
  }
  try {
    await cacheStore().revalidate(tags)
  } catch (err) {
    req?.payload.logger.error({ err, msg: `Không làm mới được bộ đệm: ${tags.join(', ')}` })
  }
}

async function onChange(change: Change, req: PayloadRequest) {
  await revalidateTags(tagsForChange(change), req)
}

/** The collection with hooks that invalidate what its changes show, beside its own hooks. */
export function withRevalidation(config: CollectionConfig): CollectionConfig {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    await onChange({ slug: config.slug, operation, doc, previousDoc }, req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await onChange({ slug: config.slug, operation: 'delete', doc }, req)
  }
  return {
    ...config,
    hooks: {
      ...config.hooks,
      afterChange: [...(config.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}

export function withGlobalRevalidation(config: GlobalConfig): GlobalConfig {
  const afterChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
    await onChange({ slug: config.slug, operation: 'update', doc, previousDoc }, req)
    return doc
  }
  return { ...config, hooks: { ...config.hooks, afterChange: [...(config.hooks?.afterChange ?? []), afterChange] } }
}
