import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['vocabulary/**/*.test.ts', 'db/**/*.test.ts', 'migrations/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    // Real SQLite files and argon2id hashing: give each test room, and keep files apart per worker.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
