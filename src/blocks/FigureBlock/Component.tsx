import { Picture } from '@/components/Picture'
import { populated, type MediaDoc } from '@/components/types'

export type FigureBlockFields = { image?: MediaDoc | string | null; caption?: string | null; credit?: string | null }

export function FigureBlockComponent({ image, caption, credit }: FigureBlockFields) {
  const media = populated<MediaDoc>(image as MediaDoc | string | null)
  if (!media) return null
  const text = caption || media.caption
  const source = credit || media.credit
  return (
    <figure className="figure">
      <Picture media={media} size="article" />
      {text || source ? (
        <figcaption>
          {text}
          {source ? <span className="figure__credit"> ({source})</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
