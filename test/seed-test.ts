import { ReferenceKind, type EntityClass } from '@mikro-orm/core';
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

  let filled: readonly EntityClass<object>[] = [];

  it('fills an empty database, and a second run creates and changes nothing', async () => {
    const first = await seedDatabase(hub.orm.em.fork());
    filled = first.filled;
    expect(first.created).toBeGreaterThan(100);
    const before = await snapshotDatabase(database.url);
    expect(before.counts.programme).toBeGreaterThanOrEqual(5);
    const second = await seedDatabase(hub.orm.em.fork());
    expect(second.created).toBe(0);
    const after = await snapshotDatabase(database.url);
    expect(after).toEqual(before);
  });

  it('fills every table after the tables its many-to-one references name (the order of SEEDERS, src/seed/seed-database.ts)', () => {
    expect(filled.length).toBeGreaterThan(10);
    const metadata = hub.orm.getMetadata();
    const misplaced = filled.flatMap((entity, position) =>
      Object.values(metadata.get(entity.name).properties)
        .filter((property) => property.kind === ReferenceKind.MANY_TO_ONE)
        .flatMap((property) => {
          const target = metadata.get(property.type).class as EntityClass<object>;
          if (target === entity) return []; // a row naming another of its table: set after the flush
          const targetPosition = filled.indexOf(target);
          if (targetPosition >= 0 && targetPosition < position) return [];
          if (targetPosition < 0 && property.nullable) return []; // names rows the seed leaves to the API
          return [
            `${entity.name}.${property.name} names ${target.name}, filled ${targetPosition < 0 ? 'never' : 'after it'}`,
          ];
        }),
    );
    expect(misplaced).toEqual([]);
  });
});
