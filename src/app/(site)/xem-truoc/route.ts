import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { hasRole, NEWSROOM_ROLES, type RoleUser } from '@/access'
import { currentViewer } from '@/data'
import { isSlug } from '@/http/namedPages'

/**
 * Draft preview for the newsroom. It checks the logged-in user (the admin's session
 * cookie), never merely a secret in the URL, before turning on Next's draft mode.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const slug = url.searchParams.get('slug') ?? ''
  const collection = url.searchParams.get('collection') ?? 'articles'
  const viewer = await currentViewer()
  if (!hasRole(viewer as RoleUser, ...NEWSROOM_ROLES)) {
    return new Response('Bạn cần đăng nhập với quyền biên tập để xem bản nháp.', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  if (collection !== 'articles' || !isSlug(slug)) {
    return new Response('Đường dẫn xem trước không hợp lệ.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  ;(await draftMode()).enable()
  redirect(`/tin-tuc/${slug}`)
}
