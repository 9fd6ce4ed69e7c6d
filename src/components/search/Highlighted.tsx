import { Fragment } from 'react'
import type { Segment } from '@/search/highlight'

/** Text with the matched words wrapped in <mark>. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}</>
  )
}
