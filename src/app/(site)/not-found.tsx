import Link from 'next/link'

export default function NotFound() {
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
