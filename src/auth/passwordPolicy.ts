/** Passwords seen in this portal's own documents and the most common choices: refused outright. */
const KNOWN = ['soisua@2026', 'password', 'matkhau', '12345678', 'qwerty']

/**
 * Why a password is too weak to protect a staff account, in Vietnamese, or null when it will do:
 * at least 12 characters of three kinds (lower case, upper case, digits, symbols), not the
 * account's own name, not a well-known password and not one character repeated.
 */
export function passwordProblem(password: string, email = ''): string | null {
  if (password.length < 12) return 'Mật khẩu phải dài ít nhất 12 ký tự.'
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) => re.test(password)).length
  if (kinds < 3) return 'Mật khẩu phải có ít nhất ba trong bốn loại ký tự: chữ thường, chữ hoa, chữ số, ký hiệu.'
  const lower = password.toLowerCase()
  const name = email.split('@')[0]?.toLowerCase() ?? ''
  if (name.length >= 3 && lower.includes(name)) return 'Mật khẩu không được chứa tên tài khoản.'
  if (KNOWN.some((word) => lower.includes(word)) || /(.)\1{3,}/u.test(password)) return 'Mật khẩu quá dễ đoán.'
  return null
}
