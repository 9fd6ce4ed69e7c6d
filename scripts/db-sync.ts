/**
 * Development tool: brings an SQLite database's schema in line with the collections (Drizzle
 * push), asking before a change that would lose data, and with SEED_ON_INIT=1 loads the demo
 * content into an empty database. Production databases change through migrations
 * (`npm run migrate`). MongoDB needs no schema.
 */
import nextEnv from '@next/env'

// The same .env files that `next start` reads, so both talk to the same database.
nextEnv.loadEnvConfig(process.cwd())
// Next's types mark NODE_ENV read-only; this script runs outside Next and must pick dev mode.
Object.assign(process.env, { NODE_ENV: 'development' })
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const users = await payload.count({ collection: 'users' })
payload.logger.info(`Cơ sở dữ liệu sẵn sàng (${users.totalDocs} tài khoản).`)
process.exit(0)

export {}
