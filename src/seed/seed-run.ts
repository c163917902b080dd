import type { EntityClass, FilterQuery, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RecordType } from '../entities/record-type';

/** What the seed reads of a record type: its entity, and the natural key (or, for a country, the key) that names its rows. */
export type SeededRecord<T extends object> = Pick<RecordType<T>, 'entity' | 'node' | 'naturalKeys'>;

/** A row's reference to another row of its own table (a source cited in another, a programme's successor, a municipality's region). */
export interface SelfReference<T> {
  /** The property that stores the other row's id. */
  property: keyof T & string;
  /** For each row, in order, the natural key (`keyOf`) of the row it names, if any. */
  keys: readonly (string | undefined)[];
}

/** The properties that name a row of `record`: its natural key, or (a country) the key its global id holds. */
function keyProperties<T extends object>(record: SeededRecord<T>): readonly string[] {
  const properties = record.naturalKeys[0]?.properties ?? (record.node ? [record.node.key] : undefined);
  if (!properties) throw new Error(`${record.entity.name} has no key the seed can find its rows by.`);
  return properties;
}

/** A natural key's values as one string, for example `SE|0180`. */
export function keyOf(...values: unknown[]): string {
  return values.map((value) => String(value ?? null)).join('|');
}

/**
 * One run of the seed, in one transaction: each seeder hands it the rows of a table as entity data,
 * and it adds those whose natural key (read from the table's record type) no stored row has.
 * Existing rows are never updated, so data edited through the API survives a reseed.
 */
export class SeedRun {
  created = 0;
  /** The entities rows were handed for, in the order the seeders first named them. */
  readonly filled: EntityClass<object>[] = [];
  private readonly rows = new Map<EntityClass<object>, Map<string, object>>();
  private readonly pendingLinks: (() => void)[] = [];

  constructor(private readonly em: EntityManager) {}

  /**
   * Adds the rows of `data` whose natural key is neither stored nor added before, in order. A row
   * naming another of its own table (`selfReference`) gets that id after the next flush, so every
   * row is created first and ids follow the order of the seed data.
   */
  async ensure<T extends object>(
    record: SeededRecord<T>,
    data: readonly RequiredEntityData<T>[],
    selfReference?: SelfReference<T>,
  ): Promise<void> {
    const properties = keyProperties(record);
    const keyOfRow = (row: object) =>
      keyOf(...properties.map((property) => (row as Record<string, unknown>)[property]));
    const rows = this.rowsOf(record);
    if (!this.filled.includes(record.entity)) this.filled.push(record.entity);
    if (data.length > 0) {
      const where = data.map((datum) =>
        Object.fromEntries(
          properties.map((property) => [property, (datum as Record<string, unknown>)[property] ?? null]),
        ),
      );
      const stored = await this.em.find(record.entity, { $or: where } as FilterQuery<T>);
      for (const row of stored) rows.set(keyOfRow(row), row);
    }
    data.forEach((datum, index) => {
      const key = keyOfRow(datum);
      if (rows.has(key)) return;
      const row = this.em.create(record.entity, datum);
      this.em.persist(row);
      this.created += 1;
      rows.set(key, row);
      const reference = selfReference?.keys[index];
      if (selfReference === undefined || reference === undefined) return;
      this.pendingLinks.push(() => {
        const referenced = rows.get(reference) as { id?: number } | undefined;
        if (referenced?.id === undefined)
          throw new Error(`Seed data: ${record.entity.name} ${key} names '${reference}', which it does not define.`);
        (row as Record<string, unknown>)[selfReference.property] = referenced.id;
      });
    });
  }

  /** The id of the row of `record` whose natural key is `values`; naming a row the seed does not define is a bug in the seed data. */
  idOf<T extends object>(record: SeededRecord<T>, ...values: unknown[]): number {
    const key = keyOf(...values);
    const id = (this.rowsOf(record).get(key) as { id?: number } | undefined)?.id;
    if (id === undefined)
      throw new Error(
        `Seed data names ${record.entity.name} '${key}', which is neither in the seed data nor flushed yet.`,
      );
    return id;
  }

  /** Writes the rows added so far, then sets the references to rows of their own table. */
  async flush(): Promise<void> {
    await this.em.flush();
    for (const link of this.pendingLinks.splice(0)) link();
    await this.em.flush();
  }

  private rowsOf<T extends object>(record: SeededRecord<T>): Map<string, object> {
    let rows = this.rows.get(record.entity);
    if (!rows) {
      rows = new Map();
      this.rows.set(record.entity, rows);
    }
    return rows;
  }
}
