import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LinkSetSpec } from '../../src/writes/link-set-spec';
import type { RecordSpec } from '../../src/writes/record-spec';

const WRITES = join(__dirname, '..', '..', 'src', 'writes');

/** Every record spec the write path knows, read from `src/writes/*.writes.ts`, so a new record type is covered without a change in the tests. */
export async function writeSpecs(): Promise<RecordSpec<Record<string, unknown>>[]> {
  const modules = await Promise.all(
    readdirSync(WRITES)
      .filter((file) => file.endsWith('.writes.ts'))
      .map((file) => import(join(WRITES, file))),
  );
  return modules
    .flatMap((module) => Object.values(module as Record<string, unknown>))
    .filter(
      (value): value is RecordSpec<Record<string, unknown>> =>
        typeof value === 'object' && value !== null && 'typeName' in value && 'references' in value,
    );
}

/** Every link set the write path knows, read from `src/writes/*.links.ts`, so a new set is covered without a change in the tests. */
export async function linkSetSpecs(): Promise<LinkSetSpec<Record<string, unknown>>[]> {
  const modules = await Promise.all(
    readdirSync(WRITES)
      .filter((file) => file.endsWith('.links.ts'))
      .map((file) => import(join(WRITES, file))),
  );
  return modules
    .flatMap((module) => Object.values(module as Record<string, unknown>))
    .filter(
      (value): value is LinkSetSpec<Record<string, unknown>> =>
        typeof value === 'object' && value !== null && 'owner' in value && 'target' in value,
    );
}
