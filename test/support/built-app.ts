import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const ROOT = join(__dirname, '..', '..');

/**
 * The path of a compiled file of the app under `dist/`, after compiling the app once per test run:
 * the first test file to ask builds while holding a lock (a directory in the temporary folder, named
 * after the run) and leaves a note that it did (removed by the global teardown); the others wait for
 * it, so parallel test files never compile at the same time.
 */
export async function builtFile(path: string): Promise<string> {
  const marker = join(tmpdir(), `${inject('databasePrefix')}built`);
  const lock = `${marker}.lock`;
  for (;;) {
    if (existsSync(marker)) break;
    try {
      mkdirSync(lock);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    try {
      const started = Date.now();
      // Type errors elsewhere do not stop tsc emitting; the test needs the emitted file, and `npm run typecheck` reports the errors.
      await promisify(execFile)(
        process.execPath,
        [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
        { cwd: ROOT },
      ).catch(() => undefined);
      const built = join(ROOT, 'dist', path);
      if (!existsSync(built) || statSync(built).mtimeMs < started - 1000)
        throw new Error(`Compiling the app did not write dist/${path}.`);
      writeFileSync(marker, '');
    } finally {
      rmdirSync(lock);
    }
  }
  return join(ROOT, 'dist', path);
}
