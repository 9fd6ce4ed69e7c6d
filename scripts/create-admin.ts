/**
 * Creates an administrator account — the first one of an empty production database, or
 * another one with `--another`.
 *
 *   npm run create-admin                       asks for e-mail and password on a terminal
 *   ADMIN_EMAIL=… ADMIN_PASSWORD=… npm run create-admin        reads them from the environment
 *
 * ADMIN_NAME sets the display name. A weak password is refused, and so is a second
 * administrator unless `--another` is given. Uses the same .env files as `next start`.
 */
import { Writable } from 'node:stream'
import readline from 'node:readline/promises'
import nextEnv from '@next/env'
import { passwordProblem } from '@/auth/passwordPolicy'

nextEnv.loadEnvConfig(process.cwd())

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

async function ask(): Promise<{ email: string; password: string }> {
  let muted = false
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk)
      done()
    },
  })
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true })
  const email = (await rl.question('E-mail của quản trị viên: ')).trim()
  process.stdout.write('Mật khẩu (không hiện khi gõ): ')
  muted = true
  const password = await rl.question('')
  muted = false
  process.stdout.write('\n')
  rl.close()
  return { email, password }
}

const fromEnv = process.env.ADMIN_EMAIL || process.env.ADMIN_PASSWORD
if (!fromEnv && !process.stdin.isTTY) {
  fail('Hãy đặt ADMIN_EMAIL và ADMIN_PASSWORD, hoặc chạy lệnh trong một cửa sổ dòng lệnh để nhập.')
}
const { email, password } = fromEnv
  ? { email: (process.env.ADMIN_EMAIL ?? '').trim(), password: process.env.ADMIN_PASSWORD ?? '' }
  : await ask()

if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`Địa chỉ e-mail không hợp lệ: "${email}".`)
const weak = passwordProblem(password, email)
if (weak) fail(weak)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })

const admins = await payload.count({ collection: 'users', where: { roles: { in: ['admin'] } } })
if (admins.totalDocs > 0 && !process.argv.includes('--another')) {
  fail(`Đã có ${admins.totalDocs} quản trị viên. Thêm quản trị viên nữa: npm run create-admin -- --another`)
}
const taken = await payload.count({ collection: 'users', where: { email: { equals: email.toLowerCase() } } })
if (taken.totalDocs > 0) fail(`Tài khoản ${email} đã có.`)

await payload.create({
  collection: 'users',
  data: { email, password, name: process.env.ADMIN_NAME?.trim() || 'Quản trị hệ thống', roles: ['admin'] },
})
console.log(
  `Đã tạo quản trị viên ${email}. Đăng nhập tại ${(process.env.SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')}/admin`,
)
process.exit(0)
