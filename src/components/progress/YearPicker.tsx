import Link from 'next/link'

/** The years a progress page can show, the current one marked; nothing when there is one year. */
export function YearPicker({ years, year, path }: { years: number[]; year: number | undefined; path: string }) {
  if (years.length < 2) return null
  return (
    <nav className="year-picker" aria-label="Chọn năm">
      <span>Năm:</span>
      <ul>
        {years.map((y) => (
          <li key={y}>
            {y === year ? <span aria-current="page">{y}</span> : <Link href={`${path}?nam=${y}`}>{y}</Link>}
          </li>
        ))}
      </ul>
    </nav>
  )
}
