import Link from 'next/link'
import type { ReactNode } from 'react'
import { readMany } from '@/data'
import type { CategoryDoc } from './types'
import { SITE_DESCRIPTION, SITE_NAME } from '@/site'

/**
 * The public site's document: header, category menu, main and footer around a page. Used by the
 * site's layout and by the 404 page of addresses no route knows (src/app/global-not-found.tsx).
 */
export async function SiteFrame({ children }: { children: ReactNode }) {
  const { docs: categories } = await readMany('categories', {
    where: { parent: { exists: false } },
    sort: 'order',
    limit: 8,
    depth: 0,
  })
  return (
    <html lang="vi">
      <body>
        <a className="skip" href="#noi-dung">
          Bỏ qua điều hướng
        </a>
        <header className="site-header">
          <div className="wrap site-header__top">
            <Link href="/" className="brand">
              <span className="brand__name">{SITE_NAME}</span>
              <span className="brand__tag">Tự soi, tự sửa — Đề án 05</span>
            </Link>
            <form className="search-box" action="/tim-kiem" method="get" role="search" aria-label="Tìm trên toàn trang">
              <label htmlFor="q" className="visually-hidden">
                Tìm kiếm
              </label>
              <input id="q" name="q" type="search" placeholder="Tìm bài viết, văn bản, biểu hiện…" maxLength={200} />
              <button type="submit">Tìm</button>
            </form>
          </div>
          <nav className="site-nav" aria-label="Chuyên mục">
            {/* On a phone the menu folds into one line; details/summary needs no JavaScript. */}
            <details className="site-nav__menu wrap">
              <summary>Danh mục</summary>
              <SiteMenu categories={categories} />
            </details>
            <div className="site-nav__bar wrap">
              <SiteMenu categories={categories} />
            </div>
          </nav>
        </header>
        <main id="noi-dung" className="wrap site-main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              <strong>{SITE_NAME}</strong> — {SITE_DESCRIPTION}
            </p>
            <p>
              <Link href="/rss.xml">RSS</Link> · <Link href="/du-lieu-mo">Dữ liệu mở</Link> ·{' '}
              <Link href="/dinh-chinh">Đính chính</Link> · <Link href="/admin">Đăng nhập cán bộ</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}

function SiteMenu({ categories }: { categories: CategoryDoc[] }) {
  return (
    <ul className="site-nav__list">
      <li>
        <Link href="/">Trang chủ</Link>
      </li>
      {categories.map((c) => (
        <li key={c.id}>
          <Link href={`/chuyen-muc/${c.slug}`}>{c.title}</Link>
        </li>
      ))}
      <li>
        <Link href="/van-ban">Văn bản</Link>
      </li>
      <li>
        <Link href="/bieu-hien">Biểu hiện</Link>
      </li>
      <li>
        <Link href="/tien-do">Tiến độ</Link>
      </li>
    </ul>
  )
}
