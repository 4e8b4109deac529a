import { defineConfig } from 'vitest/config'

// Two cores here and in CI: keep the pool small so process-spawning tests do not starve each other.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'editors/*/test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts', 'test/setup/temp.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30000
  }
})
