import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // type-graphql and Apollo load graphql's CommonJS build; one copy of graphql must serve all.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*-test.ts', 'test/**/*-fuzz.ts'],
    // The web app's tests build it and drive a browser: `npm run test:web` (vitest.web.config.mts).
    exclude: ['test/web/**', 'node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Tests write and read again at once; a test of the response cache switches it on itself.
    // Hubs under test keep budgets and caches in memory, so test files (and runs) cannot spend each
    // other's budgets; the Redis tests give their hubs the run's REDIS_URL, as TEST_REDIS_URL.
    env: { RESPONSE_CACHE_SECONDS: '0', REDIS_URL: '', TEST_REDIS_URL: process.env.REDIS_URL ?? '' },
  },
});
