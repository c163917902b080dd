import { ReferenceKind, type EntityClass } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { executeRead } from '../db/replica-reads';

const columnMaps = new WeakMap<object, Record<string, string>>();

/**
 * The entity's columns as `{ propertyName: column }`, for selecting plain rows shaped like the
 * entity: scalar properties and foreign keys (which the entities map to their key value).
 */
export function columnMapOf(em: EntityManager, entity: EntityClass<object>): Record<string, string> {
  const meta = em.getMetadata().get(entity.name);
  let map = columnMaps.get(meta);
  if (!map) {
    map = {};
    for (const prop of meta.props) {
      const stored =
        prop.persist !== false && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE);
      if (stored) map[prop.name] = prop.fieldNames[0];
    }
    columnMaps.set(meta, map);
  }
  return map;
}

/** `{ propertyName: "alias.column" }` for a knex `select`, so rows come back with the entity's property names. */
export function selectionOf(em: EntityManager, entity: EntityClass<object>, alias: string): Record<string, string> {
  const selection: Record<string, string> = {};
  for (const [property, column] of Object.entries(columnMapOf(em, entity))) selection[property] = `${alias}.${column}`;
  return selection;
}

/** The column that stores `property`. */
export function columnOf(em: EntityManager, entity: EntityClass<object>, property: string): string {
  const column = columnMapOf(em, entity)[property];
  if (!column) throw new Error(`${entity.name} has no stored property ${property}`);
  return column;
}

/** The entity's table. */
export function tableOf(em: EntityManager, entity: EntityClass<object>): string {
  return em.getMetadata().get(entity.name).tableName;
}

/** A knex query builder bound to nothing; run what it builds with `fetchRows`. */
export function sql(em: EntityManager): Knex {
  return em.getKnex();
}

/** Runs a query through the ORM's connections (so it is logged and counted; on a read replica when `em` may use one) and returns plain rows. */
export async function fetchRows<T>(em: EntityManager, query: Knex.QueryBuilder | Knex.Raw): Promise<T[]> {
  return executeRead<T>(em, query);
}

/** A column that names another record: the record type and the column of its key the value matches. */
export interface ReferenceColumn {
  column: string;
  target: EntityClass<object>;
  targetColumn: string;
}

/** The entity's columns that name other records: every many-to-one it declares. */
export function referencesOf(em: EntityManager, entity: EntityClass<object>): ReferenceColumn[] {
  return em
    .getMetadata()
    .get(entity.name)
    .props.filter((prop) => prop.kind === ReferenceKind.MANY_TO_ONE && prop.persist !== false)
    .map((prop) => ({
      column: prop.fieldNames[0],
      target: prop.targetMeta!.class,
      targetColumn: prop.referencedColumnNames[0],
    }));
}
