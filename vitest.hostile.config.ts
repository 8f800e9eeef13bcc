import { defineConfig } from 'vitest/config';

// `npm run test:hostile`: the slow cases of issue 12 (the whole hostile batch under the
// default limits, in one job and in two; 20,000 small files). They run one file at a time
// so that their timings and memory readings are their own.
export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts'],
    testTimeout: 900_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
