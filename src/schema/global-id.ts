import { badUserInput } from './errors';
import { withArticle } from './indefinite-article';
import { integerIdOf } from './whole-number';

/** A Relay global object id, decoded: the GraphQL type name and the row's key. */
export interface GlobalId {
  typeName: string;
  key: string;
}

/** Encodes a type name and key as an opaque id (`base64url("Programme:12")`). */
export function toGlobalId(typeName: string, key: string | number): string {
  return Buffer.from(`${typeName}:${key}`, 'utf8').toString('base64url');
}

/** Decodes an id made by `toGlobalId`; a malformed one is BAD_USER_INPUT naming `argument`. */
export function fromGlobalId(id: string, argument: string): GlobalId {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const typeName = decoded.slice(0, separator);
  const key = decoded.slice(separator + 1);
  if (
    separator <= 0 ||
    !key ||
    /[\u0000-\u001f]/.test(key) ||
    !/^[A-Z][A-Za-z]+$/.test(typeName) ||
    toGlobalId(typeName, key) !== id
  ) {
    throw badUserInput(argument, `${JSON.stringify(id.slice(0, 100))} is not an id this API issued.`);
  }
  return { typeName, key };
}

/** Decodes an id that must name a row of `typeName` with an integer key (see `integerIdOf`). */
export function integerKeyOf(id: string, typeName: string, argument: string): number {
  const global = fromGlobalId(id, argument);
  const key = integerIdOf(global.key);
  if (global.typeName !== typeName || key === null) {
    throw badUserInput(argument, `${JSON.stringify(id.slice(0, 100))} is not the id of ${withArticle(typeName)}.`);
  }
  return key;
}
