import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { loadResolvers, resolverFiles } from '../src/resolvers';

const ROOT = join(__dirname, '..');

/** Resolver files that export no resolver class, each with why: they make the classes other files export. */
const FACTORIES: Record<string, string> = {
  'record-writes/record-write.resolver.ts':
    'recordWriteResolver(spec, Input): the create, update and archive mutations',
  'record-writes/link-set-write.resolver.ts': 'linkSetWriteResolver(...): the set-a-list-of-links mutations',
};

/** Files outside the resolver files that declare a `@Resolver`, each with why the schema needs no export of it. */
const NOT_RESOLVER_FILES: Record<string, string> = {
  'src/resolvers/node/node-resolver.base.ts': 'the abstract base (Node.id) every Node type resolver extends',
};

/** Every `.ts` file under `dir` (relative to the repository), walked on disk. */
function typeScriptFilesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return typeScriptFilesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the resolvers the schema is built from (src/resolvers/index.ts)', () => {
  it('are found in every file named *.resolver.ts under src/resolvers/, and only there', () => {
    const onDisk = typeScriptFilesUnder('src/resolvers')
      .filter((file) => file.endsWith('.resolver.ts'))
      .map((file) => file.slice('src/resolvers/'.length))
      .sort();
    expect(resolverFiles()).toEqual(onDisk);
    const declaring = typeScriptFilesUnder('src').filter((file) =>
      readFileSync(join(ROOT, file), 'utf8').includes('@Resolver('),
    );
    const outside = declaring.filter(
      (file) => !(file.startsWith('src/resolvers/') && onDisk.includes(file.slice('src/resolvers/'.length))),
    );
    expect(outside.sort()).toEqual(Object.keys(NOT_RESOLVER_FILES).sort());
  });

  it('are exactly the resolver classes those files export, each file giving at least one (factories aside)', async () => {
    const loaded = await loadResolvers();
    const resolverClasses = new Set<unknown>(getMetadataStorage().resolverClasses.map((resolver) => resolver.target));
    const exported = new Set<unknown>();
    const givingNone: string[] = [];
    for (const file of resolverFiles()) {
      const url = pathToFileURL(join(ROOT, 'src', 'resolvers', file)).href;
      const module = (await import(url)) as Record<string, unknown>;
      const classes = Object.values(module)
        .flat()
        .filter((value) => resolverClasses.has(value));
      if (classes.length === 0) givingNone.push(file);
      for (const value of classes) exported.add(value);
    }
    expect(givingNone.sort()).toEqual(Object.keys(FACTORIES).sort());
    expect(new Set(loaded)).toEqual(exported);
    expect(loaded.length).toBe(new Set(loaded).size);
  });
});
