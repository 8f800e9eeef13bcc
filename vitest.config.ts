import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The slow hostile-input cases run apart: `npm run test:hostile` (vitest.hostile.config.ts).
    exclude: [...configDefaults.exclude, 'test/**/*.slow.test.ts'],
    // Tests that load nodejieba's dictionary or pdf.js pay a one-off start-up cost.
    testTimeout: 30_000,
    // Hooks that run gouji as a child process wait for it like a test does.
    hookTimeout: 60_000,
    pool: 'forks',
    // gouji on a small batch, once, for the report and workbook tests.
    globalSetup: ['test/report/batch-setup.ts'],
  },
});
