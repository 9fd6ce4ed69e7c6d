const KNOWN_DEFAULTS = new Set(['', 'secret', 'changeme', 'change-me', 'YOUR_SECRET_HERE', 'soi-sua-dev-secret'])
const DEV_SECRET = 'soi-sua-dev-secret'

/**
 * The secret that signs logins. Development and tests may use a fixed one; a production
 * server refuses to start without a real one (the build itself does not need it).
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET ?? ''
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !building) {
    if (KNOWN_DEFAULTS.has(secret.trim()) || secret.trim().length < 24) {
      throw new Error(
        'PAYLOAD_SECRET chưa được đặt hoặc còn giá trị mặc định. Hãy đặt biến môi trường PAYLOAD_SECRET ' +
          'là một chuỗi ngẫu nhiên dài ít nhất 24 ký tự, ví dụ: PAYLOAD_SECRET=$(openssl rand -hex 32). ' +
          '(PAYLOAD_SECRET is missing or a default value: set it to a random string of 24+ characters.)',
      )
    }
    return secret
  }
  return secret || DEV_SECRET
}
