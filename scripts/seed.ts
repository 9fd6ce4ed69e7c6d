/** Loads the demo content (`npm run seed`). Safe to run again: what exists is kept. */
import { getPayload } from 'payload'
import config from '../payload.config'
import { seedDemo } from '@/seed'

const payload = await getPayload({ config })
const report = await seedDemo(payload)
console.log('Dữ liệu mẫu:', Object.keys(report.created).length ? report.created : 'không có gì mới (đã nạp trước đó)')
process.exit(0)
