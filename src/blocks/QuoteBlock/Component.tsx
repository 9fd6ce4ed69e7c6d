export type QuoteBlockFields = {
  text?: string | null
  speaker?: string | null
  position?: string | null
  before?: string | null
  after?: string | null
}

/**
 * With the sentence that carries it, a quotation stays in its paragraph as the paper printed
 * it, marked up with <q>; the quotation marks are the printed characters (the <q> adds none).
 * Without one, it stands as a block quote with the speaker under it.
 */
export function QuoteBlockComponent({ text, speaker, position, before, after }: QuoteBlockFields) {
  if (!text) return null
  if (before || after) {
    return (
      <p className="quote-inline">
        {`${before ?? ''}“`}
        <q className="quote-inline__text">{text}</q>
        {`”${after ?? ''}`}
      </p>
    )
  }
  return (
    <figure className="quote">
      <blockquote>
        <p>“{text}”</p>
      </blockquote>
      {speaker ? (
        <figcaption>
          — <cite className="quote__speaker">{speaker}</cite>
          {position ? <span className="quote__position">, {position}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
