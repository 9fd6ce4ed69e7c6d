import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { RateLimiter } from '@/http/rateLimit'

export const PASSWORD_RESET_INTERVAL_MS = 60_000
const perAddress = new RateLimiter(1, PASSWORD_RESET_INTERVAL_MS)

/**
 * One reset mail per address per minute. Payload's own throttle (minRequestInterval) writes
 * outside the request's transaction, which SQLite refuses while that transaction holds the
 * write lock (every reset request failed with a 500), so the users collection turns it off
 * and throttles here instead. Unknown addresses are throttled the same way, so the answer
 * never tells whether an account exists.
 */
export const throttlePasswordResets: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'forgotPassword') return args
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .trim()
    .toLowerCase()
  if (email && !perAddress.take(email)) {
    throw new APIError(
      'Yêu cầu đặt lại mật khẩu cho địa chỉ này vừa được gửi. Vui lòng kiểm tra hộp thư hoặc thử lại sau một phút.',
      429,
      null,
      true,
    )
  }
  return args
}
