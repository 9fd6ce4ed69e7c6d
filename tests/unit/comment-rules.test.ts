import { describe, expect, it } from 'vitest'
import { checkComment, COMMENT_LIMITS, normalizeCommentText } from '@/comments/rules'
import { RateLimiter } from '@/http/rateLimit'

const valid = { authorName: 'Nguyễn Văn A', email: 'a@example.vn', body: 'Bài viết rất thiết thực.' }
const fields = (input: Parameters<typeof checkComment>[0]) => checkComment(input).map((p) => p.field)

describe('checkComment', () => {
  it('accepts a plain Vietnamese comment', () => {
    expect(checkComment(valid)).toEqual([])
  })

  it('asks for a name, a valid email and a body, in Vietnamese', () => {
    const problems = checkComment({ authorName: '  ', email: 'khong-phai-email', body: '' })
    expect(problems.map((p) => p.field).sort()).toEqual(['authorName', 'body', 'email'])
    expect(problems.find((p) => p.field === 'email')?.message).toMatch(/email hợp lệ/)
    expect(problems.find((p) => p.field === 'body')?.message).toMatch(/Vui lòng nhập nội dung/)
  })

  it('refuses bodies over the limit and says how long they are', () => {
    const body = 'a'.repeat(COMMENT_LIMITS.body + 1)
    const [problem] = checkComment({ ...valid, body })
    expect(problem.field).toBe('body')
    expect(problem.message).toContain(`${COMMENT_LIMITS.body} ký tự`)
    expect(problem.message).toContain(String(COMMENT_LIMITS.body + 1))
    expect(checkComment({ ...valid, body: 'a'.repeat(COMMENT_LIMITS.body) })).toEqual([])
  })

  it('refuses markup in the name or the body', () => {
    expect(fields({ ...valid, body: 'Xem <script>alert(1)</script>' })).toEqual(['body'])
    expect(fields({ ...valid, authorName: '<b>A</b>' })).toEqual(['authorName'])
    expect(checkComment({ ...valid, body: '<img src=x onerror=alert(1)>' })[0].message).toMatch(/văn bản thuần/)
    // Comparisons in ordinary prose are not markup.
    expect(checkComment({ ...valid, body: '2 < 3 và 5 > 4' })).toEqual([])
  })

  it('rejects a filled honeypot', () => {
    expect(fields({ ...valid, website: 'http://spam.example' })).toEqual(['website'])
  })
})

describe('normalizeCommentText', () => {
  it('drops control characters and collapses blank lines', () => {
    expect(normalizeCommentText('  Dòng 1\r\n\r\n\r\n\r\nDòng\u0007 2  ')).toBe('Dòng 1\n\nDòng 2')
  })
})

describe('RateLimiter', () => {
  it('allows `limit` posts per window per client, then again once the window has passed', () => {
    const limiter = new RateLimiter(2, 1000)
    expect(limiter.take('a', 0)).toBe(true)
    expect(limiter.take('a', 100)).toBe(true)
    expect(limiter.take('a', 200)).toBe(false)
    expect(limiter.take('b', 200)).toBe(true)
    expect(limiter.take('a', 1001)).toBe(true)
  })
})
