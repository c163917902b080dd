import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isInterfaceType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTypes } from '../src/entities/record-types';
import { initScratchHub, type TestHub } from './support/test-hub';

/** The object types that implement `Node` in the checked-in schema. */
function nodeTypeNames(): string[] {
  const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('schema.graphql has no interface Node.');
  return schema
    .getImplementations(node)
    .objects.map((type) => type.name)
    .sort();
}

describe('the record types (src/entities/record-types.ts)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initScratchHub();
  });
  afterAll(() => hub.close());

  it('describe exactly the types that implement Node', () => {
    const described = recordTypes.flatMap((record) => (record.node ? [record.node.typeName] : [])).sort();
    expect(described).toEqual(nodeTypeNames());
  });

  it('declare as natural keys exactly the unique indexes of their tables (primary keys aside), as the migrated database holds them', async () => {
    const indexes = await hub.orm.em.getConnection().execute<{ table: string; columns: string }[]>(`
      select t.relname as "table", string_agg(a.attname::text, ', ' order by k.position) as columns
      from pg_index i
      join pg_class t on t.oid = i.indrelid and t.relnamespace = 'public'::regnamespace
      cross join lateral unnest(i.indkey::int2[]) with ordinality as k(attnum, position)
      join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
      where i.indisunique and not i.indisprimary
      group by i.indexrelid, t.relname`);
    const metadata = hub.orm.getMetadata();
    const tables = new Set(recordTypes.map((record) => metadata.get(record.entity.name).tableName));
    const held = indexes
      .filter((index) => tables.has(index.table))
      .map((index) => `${index.table}(${index.columns})`)
      .sort();
    const declared = recordTypes
      .flatMap((record) => {
        const meta = metadata.get(record.entity.name);
        return record.naturalKeys.map(
          (key) =>
            `${meta.tableName}(${key.properties.map((property) => meta.properties[property as never].fieldNames[0]).join(', ')})`,
        );
      })
      .sort();
    expect(declared).toEqual(held);
  });
});
