import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initScratchHub, type TestHub } from './support/test-hub';

describe('migrations', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initScratchHub();
  });
  afterAll(() => hub.close());

  it('build exactly the schema the entities describe', async () => {
    const drift = await hub.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(drift.trim()).toBe('');
  });

  it('index every foreign key column', async () => {
    const unindexed = await hub.orm.em.getConnection().execute<{ constraint: string }[]>(`
      select c.conname as "constraint"
      from pg_constraint c
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
        and not exists (
          select 1 from pg_index i
          where i.indrelid = c.conrelid and (i.indkey::int2[])[0] = c.conkey[1]
        )`);
    expect(unindexed.map((row) => row.constraint)).toEqual([]);
  });
});
