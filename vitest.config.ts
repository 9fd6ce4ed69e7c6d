import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))
// int and e2e share one production server (tests/setup/server.ts), so their files run one
// at a time (groupOrder: unit, then int, then e2e) and wait longer than unit tests.
const serverSetup = ['./tests/setup/server.ts']

export default defineConfig({
  // Components are compiled as Next.js compiles them (React's automatic JSX runtime).
  esbuild: { jsx: 'automatic' },
  resolve: {
    alias: [
      { find: /^@payload-config$/, replacement: path.resolve(root, 'payload.config.ts') },
      { find: /^@\//, replacement: `${path.resolve(root, 'src')}/` },
    ],
  },
  test: {
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          globalSetup: serverSetup,
          // Per-project form of fileParallelism: false: one process runs the files in turn.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: serverSetup,
          // Per-project form of fileParallelism: false: one process runs the files in turn.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
})
