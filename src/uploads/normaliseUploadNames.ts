import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook, Config } from 'payload'
import { normaliseFileName } from './fileName'

/** The extension of what the bytes are (JPEG → jpg), or nothing when the kind is not recognised. */
async function sniffedExtension(data: Buffer | undefined): Promise<string | undefined> {
  if (!data?.length) return undefined
  return (await fileTypeFromBuffer(new Uint8Array(data.buffer, data.byteOffset, Math.min(data.byteLength, 4100))))?.ext
}

export const normaliseUploadName: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.name) {
    req.file.name = normaliseFileName(req.file.name, await sniffedExtension(req.file.data))
  }
  return args
}

/** Every upload collection, including ones added later, stores files under a normalised name. */
export function normaliseUploadNames(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      collection.upload
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [normaliseUploadName, ...(collection.hooks?.beforeOperation ?? [])],
            },
          }
        : collection,
    ),
  }
}
