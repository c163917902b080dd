import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mjs';

/**
 * `npm run test:fast`: every test file of `npm test` but these, each of which takes 5 s or more on
 * its own (its hooks and tests, as vitest's JSON reporter times a file; the first eight in one run
 * of the whole suite on a quiet machine, the others in one run of the fast tier on 2 shared cores
 * under load, where every time is longer). `npm test` and CI run them too. A new test file runs in
 * the fast tier unless it is listed here with its time; `test/test-tiers-test.ts` checks that every
 * file listed still exists and is one `npm test` runs.
 */
export const SLOW_FILES: Readonly<Record<string, string>> = {
  'test/csv-import-million-test.ts': 'imports a million rows: 296 s',
  'test/csv-import-kill-test.ts': 'kills an import of generated rows half-way: 143 s',
  'test/iati-export-benchmark-test.ts':
    'the benchmark dataset loaded, exported (waiting for the rate budget) and validated: about 200 s',
  'test/reliability/schema-fuzz.ts': '3 000 generated operations: 62 s',
  'test/heap-growth-test.ts':
    'compiles the app to load the setting in processes of its own; tsc alone takes about 15 s',
  'test/completeness-test.ts': 'generated municipal data, checked cell by cell: 24 s',
  'test/reliability/hostile-input-test.ts': '501 hostile requests over HTTP: 23 s',
  'test/response-cache-test.ts': 'a database and a hub of its own per case, one facing a dead Redis: 20 s',
  'test/series-test.ts': 'generated municipal data, every point recomputed: 19 s',
  'test/sessions-test.ts': 'sign-ins over HTTP (argon2id hashes), cookies, fixation and cross-site checks: 24 s',
  'test/authorization-matrix-test.ts': '7 callers x 44 operations, with tokens and with sessions: 12 s',
  'test/outage-test.ts': 'an embedded PostgreSQL stopped and started again under the running hub: 11 s',
  'test/municipality-profile-test.ts': 'generated municipal values loaded first, quartiles and ranks recomputed: 10 s',
  'test/iati-export-test.ts': 'three programmes exported and validated against the IATI 2.03 schema: 10 s',
  'test/iati-export-money-caps-test.ts':
    'a programme at 2 000 disbursements and 100 budgets, every programme exported twice and validated: 10 s',
  'test/programme-budget-writes-test.ts':
    'two scratch databases, a programme filled to both caps and two more hubs started to price it: 19 s',
  'test/reliability/hostile-regex-test.ts':
    'compiles the app to start it as a production process of its own; tsc alone takes about 15 s',
  'test/reliability/hostile-import-test.ts': 'hostile CSV uploads over HTTP, idle and slow senders: 8 s',
  'test/results-test.ts': 'a programme of its own loaded first, then the seeded one: 7 s',
  'test/submit-over-http-test.ts': 'a 10 000-row batch over HTTP: 6 s',
  'test/redis-sessions-test.ts': 'sessions in Redis, two hubs sharing them: 6 s',
  'test/operations-test.ts': 'hubs started and shut down, a request cut at the shutdown deadline: 6 s',
  'test/csv-import-test.ts': 'imports over HTTP and through the function, each refusal on a fresh file: 5 s',
  'test/export-budget-test.ts': 'generated municipal data, a download paced by a budget of two pages a second: 15 s',
  'test/downloads-test.ts': 'the export tables as CSV and XLSX, read back, beside their operations: 5 s',
  'test/cluster-workers-test.ts':
    'compiles the app, then starts a clustered hub (a primary and two workers) on a scratch database it seeds: 12 s',
};

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, ...Object.keys(SLOW_FILES)],
      // The files share a worker's modules instead of importing the app anew each (about 3 s of CPU
      // a file); none of them mocks modules or changes the environment.
      isolate: false,
      // A worker per core (vitest's default leaves one core free): the files mostly wait for PostgreSQL.
      maxWorkers: availableParallelism(),
    },
  }),
);
