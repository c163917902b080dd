import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildHubSchema } from './build-schema';

const SCHEMA_FILE = join(process.cwd(), 'schema.graphql');

/**
 * `npm run schema:emit` writes `schema.graphql` from the code; `npm run schema:check` fails
 * when the checked-in file differs from what the code builds.
 */
async function main(): Promise<void> {
  const printed = `${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
  if (!process.argv.includes('--check')) {
    writeFileSync(SCHEMA_FILE, printed);
    process.stdout.write('Wrote schema.graphql\n');
    return;
  }
  let current = '';
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (current !== printed) {
    process.stderr.write('schema.graphql is stale: run `npm run schema:emit` and commit it.\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql is up to date.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
