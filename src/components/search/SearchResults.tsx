import Link from 'next/link'
import type { SearchHit } from '@/search/query'
import type { SearchKind } from '@/search/rank'
import { Highlighted } from './Highlighted'

export function SearchResults({ hits, labels }: { hits: SearchHit[]; labels: Record<SearchKind, string> }) {
  if (hits.length === 0) return null
  return (
    <ol className="search-results">
      {hits.map((h) => (
        <li key={h.id} data-kind={h.kind}>
          <p className="search-meta">
            <span className="badge">{labels[h.kind]}</span> <Highlighted segments={h.meta} />
          </p>
          <h2>
            <Link href={h.url}>
              <Highlighted segments={h.title} />
            </Link>
          </h2>
          {h.excerpt.length ? (
            <p className="card__lead">
              <Highlighted segments={h.excerpt} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
