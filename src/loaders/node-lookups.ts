import { integerIdOf } from '../schema/whole-number';
import type { Loaders } from './loaders';
import { nodeLoaderOf } from './record-loaders';

/**
 * How `node(id:)` finds a row of a Node type by the key inside its global id, through the type's
 * loader (`src/entities/record-types.ts` describes which): integer keys only for an `id`, anything
 * else naming no row. Null for a type that is no Node record.
 */
export async function lookUpNode(loaders: Loaders, typeName: string, key: string): Promise<object | null> {
  const node = nodeLoaderOf(loaders, typeName);
  if (!node) return null;
  if (node.key === 'id') {
    const id = integerIdOf(key);
    return id === null ? null : node.loader.load(id as never);
  }
  return node.loader.load(key as never);
}
