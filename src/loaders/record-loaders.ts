import type { EntityClass } from '@mikro-orm/core';
import type DataLoader from 'dataloader';
import { recordTypes, type AnyRecordType } from '../entities/record-types';
import type { Reader } from './reader';
import { createRowsByKeyLoader } from './rows-by-key.loader';

/** The entity a record type describes. */
type RowOf<R> = R extends { entity: EntityClass<infer T> } ? T : never;

/** The name of the loader of `typeName`'s rows by `property`: `programmeById`, `countryByCode`, `sourceByKey`. */
type LoaderName<
  TypeName extends string,
  Property extends string,
> = `${Uncapitalize<TypeName>}By${Capitalize<Property>}`;

/** One loader a Node record type gets: by the property its global id holds, and by each natural key of one property. */
type KeyLoader<R> = R extends { node: { typeName: infer Name extends string; key: infer NodeKey extends string } }
  ? | { name: LoaderName<Name, NodeKey>; property: NodeKey; row: RowOf<R> }
    | (R extends { naturalKeys: readonly (infer Key)[] }
        ? Key extends { properties: readonly [infer Property extends string] }
          ? { name: LoaderName<Name, Property>; property: Property; row: RowOf<R> }
          : never
        : never)
  : never;

/** The loaders by key of every record type that is a Node, by name. */
export type RecordLoaders = {
  [L in KeyLoader<AnyRecordType> as L['name']]: DataLoader<L['row'][L['property'] & keyof L['row']], L['row'] | null>;
};

function loaderName(typeName: string, property: string): string {
  return `${typeName[0].toLowerCase()}${typeName.slice(1)}By${property[0].toUpperCase()}${property.slice(1)}`;
}

/** For one request, a loader of each Node record type's rows by the key its global id holds and by each natural key of one property, read rules applied. */
export function createRecordLoaders(reader: Reader): RecordLoaders {
  const loaders: Record<string, DataLoader<unknown, object | null>> = {};
  for (const record of recordTypes) {
    if (!record.node) continue;
    const entity = record.entity as EntityClass<object>;
    const properties = [
      record.node.key,
      ...record.naturalKeys.filter((key) => key.properties.length === 1).map((key) => key.properties[0]),
    ];
    for (const property of properties)
      loaders[loaderName(record.node.typeName, property)] = createRowsByKeyLoader(reader, entity, property as never);
  }
  return loaders as unknown as RecordLoaders;
}

/** The Node record types by GraphQL type name: the property their global ids hold. */
const NODE_KEYS = new Map<string, 'id' | 'code'>(
  recordTypes.flatMap((record) => (record.node ? [[record.node.typeName, record.node.key]] : [])),
);

/** The loader of `typeName`'s rows by the key its global id holds; undefined for a type that is no Node record. */
export function nodeLoaderOf(
  loaders: RecordLoaders,
  typeName: string,
): { key: 'id' | 'code'; loader: DataLoader<never, object | null> } | undefined {
  const key = NODE_KEYS.get(typeName);
  if (key === undefined) return undefined;
  const byName = loaders as unknown as Record<string, DataLoader<never, object | null>>;
  return { key, loader: byName[loaderName(typeName, key)] };
}
