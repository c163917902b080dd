import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mjs';

/**
 * `npm run test:fast`: every test file but those whose tests took 15 s or more (one run of the whole
 * suite on the local PostgreSQL server, 2 cores); `npm test` and CI run them too.
 */
const SLOW_FILES = [
  'test/csv-import-million-test.ts', // imports a million rows: 296 s
  'test/csv-import-kill-test.ts', // kills an import of generated rows half-way: 143 s
  'test/iati-export-benchmark-test.ts', // the benchmark dataset loaded, exported (waiting for the rate budget) and validated: about 200 s
  'test/reliability/schema-fuzz.ts', // 3 000 generated operations: 62 s
  'test/completeness-test.ts', // generated municipal data, checked cell by cell: 24 s
  'test/reliability/hostile-input-test.ts', // 501 hostile requests over HTTP: 23 s
  'test/response-cache-test.ts', // a database and a hub of its own per case, one facing a dead Redis: 20 s
  'test/series-test.ts', // generated municipal data, every point recomputed: 19 s
];

export default mergeConfig(base, defineConfig({ test: { exclude: [...configDefaults.exclude, ...SLOW_FILES] } }));
