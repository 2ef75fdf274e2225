import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The readers' tests (sites, text, corpus, content scripts' readers): no browser stand-ins, no module state between files. */
const READER_TESTS = ['test/sites/**/*.test.ts', 'test/text/**/*.test.ts', 'test/corpus/**/*.test.ts', 'test/content/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', ...READER_TESTS],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'readers',
          include: READER_TESTS,
          environment: 'node',
          testTimeout: 60_000,
          // Pure functions over saved pages: one module graph for every file (isolating each file re-imported the readers
          // and their weights per file, ~60% of these files' CPU time).
          isolate: false,
          // A larger young generation: the readers allocate short-lived strings and arrays by the million, and fewer
          // scavenges took the corpus's reading of 60 dev pages from 48.7 to 40.7 s CPU (32 MB: 45.5 s).
          execArgv: ['--max-semi-space-size=64'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
