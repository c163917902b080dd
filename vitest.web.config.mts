import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

/** `npm run test:web`: the web app built once, served by a hub on the seeded database, driven in Chromium. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/web/**/*-test.ts'],
    exclude: ['node_modules/**'],
    globalSetup: [...(base.test?.globalSetup as string[]), 'test/web/support/build-web-app.ts'],
    // One browser at a time: the machine's cores are shared.
    fileParallelism: false,
  },
});
