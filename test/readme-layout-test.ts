import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

/** The folders whose every subfolder the README's layout table names. */
const ROOTS = ['src', 'test', 'web', 'bench', 'vendor', 'docs', 'examples'];

/** Folders left out of the table, each with why. */
const NOT_IN_LAYOUT: Record<string, string> = {
  'web/src/pages/*': 'one folder per page of the web app, which the row of web/ says',
};

/** Every folder under `dir` (relative to the repository), generated and installed ones aside. */
function foldersUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      return [path, ...foldersUnder(path)];
    });
}

/** The rows of README.md's Layout table: the paths of the first cell, and the whole row. */
function layoutRows(): { paths: string[]; text: string }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^## Layout\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => ({
      paths: [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]),
      text: line,
    }));
}

/**
 * Whether the table names `folder`: as the path of a row (`src/seed/`), or in the row of a folder
 * above it by its path from there (`limits/` in the row of `src/server/`), or a root a row lies in.
 */
function named(folder: string, rows: readonly { paths: string[]; text: string }[]): boolean {
  for (const row of rows) {
    for (const path of row.paths) {
      if (path === `${folder}/` || (ROOTS.includes(folder) && path.startsWith(`${folder}/`))) return true;
      if (path.endsWith('/') && folder.startsWith(path) && row.text.includes(`\`${folder.slice(path.length)}/\``))
        return true;
    }
  }
  return false;
}

describe('the README layout table', () => {
  it('names every folder of the repository', () => {
    const rows = layoutRows();
    expect(rows.length).toBeGreaterThan(10);
    const left = Object.keys(NOT_IN_LAYOUT).map((pattern) => new RegExp(`^${pattern.replace('*', '[^/]+')}$`));
    const unnamed = ROOTS.flatMap((root) => [root, ...foldersUnder(root)]).filter(
      (folder) => !left.some((pattern) => pattern.test(folder)) && !named(folder, rows),
    );
    expect(unnamed).toEqual([]);
  });
});
