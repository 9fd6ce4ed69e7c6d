/**
 * The public address Payload builds links with. A production server refuses to start
 * without one: links in mails, feeds and previews would otherwise point at localhost.
 */
export function serverUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = (env.SERVER_URL ?? '').trim()
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !building && !/^https?:\/\/[^/\s]+/.test(url)) {
    throw new Error(
      'SERVER_URL chưa được đặt hoặc không phải địa chỉ http(s). Hãy đặt biến môi trường SERVER_URL là địa chỉ công khai ' +
        'của cổng, ví dụ: SERVER_URL=https://soisua.example.vn. (SERVER_URL is missing: set it to the public http(s) address.)',
    )
  }
  return url || undefined
}
