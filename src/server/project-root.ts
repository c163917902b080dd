import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project's root: the nearest folder above this file holding package.json (the same from src/ and dist/src/). */
function findProjectRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error("No package.json above the hub's code.");
    folder = parent;
  }
  return folder;
}

export const PROJECT_ROOT = findProjectRoot();
