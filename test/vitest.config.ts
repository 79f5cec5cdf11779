import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Browser tests share one built site and one machine with 2 cores: run files one at a time
    // would be slow, all at once would starve Chromium; two workers is the measured middle.
    maxWorkers: 2,
  },
});
