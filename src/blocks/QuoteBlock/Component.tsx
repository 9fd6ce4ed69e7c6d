export type QuoteBlockFields = { text?: string | null; speaker?: string | null; position?: string | null }

export function QuoteBlockComponent({ text, speaker, position }: QuoteBlockFields) {
  if (!text) return null
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
