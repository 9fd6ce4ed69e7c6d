import Link from 'next/link'

/** The Vietnamese "page not found" text, for every 404 of the public site. */
export function NotFoundMessage() {
  return (
    <section className="not-found">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại, đã bị gỡ hoặc chưa được đăng.</p>
      <p>
        <Link href="/">Về trang chủ</Link> hoặc <Link href="/tim-kiem">tìm kiếm</Link>.
      </p>
    </section>
  )
}
