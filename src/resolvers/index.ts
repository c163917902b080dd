import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getMetadataStorage } from 'type-graphql';

/** A resolver file's name: `<what>.resolver.ts`, `.js` once built. */
const RESOLVER_FILE = /\.resolver\.(ts|js)$/;

/** The resolver files under this folder (`programmes/programme.resolver.ts`, ...), in path order. */
export function resolverFiles(): string[] {
  return readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => RESOLVER_FILE.test(file))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/**
 * Every resolver class of the API: the `@Resolver` classes the resolver files export, one by one
 * or in arrays, in the order of `resolverFiles()`. A new resolver is a new `*.resolver.ts` file in
 * its feature's folder; nothing lists it.
 */
export async function loadResolvers(): Promise<Function[]> {
  const exported = new Set<unknown>();
  for (const file of resolverFiles()) {
    const module = (await import(pathToFileURL(join(__dirname, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(module).flat()) exported.add(value);
  }
  const resolverClasses = new Set<unknown>(getMetadataStorage().resolverClasses.map((resolver) => resolver.target));
  return [...exported].filter((value): value is Function => resolverClasses.has(value));
}
