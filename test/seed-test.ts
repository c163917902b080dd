import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../src/seed/seed-database';
import { snapshotDatabase } from './support/database-snapshot';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';

describe('the seed', () => {
  let hub: TestHub;
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await createScratchDatabase();
    hub = await initTestHub(database.url);
  });
  afterAll(async () => {
    await hub.close();
    await database.drop();
  });

  it('fills an empty database, and a second run creates and changes nothing', async () => {
    const first = await seedDatabase(hub.orm.em.fork());
    expect(first.created).toBeGreaterThan(100);
    const before = await snapshotDatabase(database.url);
    expect(before.counts.programme).toBeGreaterThanOrEqual(5);
    const second = await seedDatabase(hub.orm.em.fork());
    expect(second.created).toBe(0);
    const after = await snapshotDatabase(database.url);
    expect(after).toEqual(before);
  });
});
