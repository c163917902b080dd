import type { EntityClass } from '@mikro-orm/core';

/**
 * Gives plain rows their entity's prototype, without running its constructor, so that they are
 * `instanceof` the GraphQL object type. type-graphql hands a field resolver's `@Root()` value that
 * is not an instance of its class to `new Entity()` and `Object.assign`, which for a MikroORM
 * entity wraps the object and defines a tracked property per column: on a deep page that is
 * thousands of objects built per field. The rows stay plain: their own properties, unmanaged.
 */
export function asEntityRows<T extends object>(entity: EntityClass<T>, rows: T[]): T[] {
  for (const row of rows) Object.setPrototypeOf(row, entity.prototype as T);
  return rows;
}
