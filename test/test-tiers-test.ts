import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import fast, { SLOW_FILES } from '../vitest.fast.config.mjs';

const ROOT = join(__dirname, '..');

/** The files `npm test` runs (vitest.config.mts: `*-test.ts` and `*-fuzz.ts` under test/, the browser tests aside). */
function suiteFiles(dir = join(ROOT, 'test')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const file = relative(ROOT, path);
    if (entry.isDirectory()) return file === 'test/web' ? [] : suiteFiles(path);
    return /-(test|fuzz)\.ts$/.test(entry.name) ? [file] : [];
  });
}

describe('the test tiers (vitest.fast.config.mts)', () => {
  it('list as slow only files that exist and that `npm test` runs, each with why', () => {
    const suite = suiteFiles();
    const stale = Object.keys(SLOW_FILES).filter((file) => !existsSync(join(ROOT, file)) || !suite.includes(file));
    expect(stale).toEqual([]);
    expect(Object.values(SLOW_FILES).filter((why) => !/\d s$/.test(why))).toEqual([]);
  });

  it('put every file `npm test` runs into exactly one of the fast tier and the slow files', () => {
    const excluded = fast.test?.exclude ?? [];
    const slow = suiteFiles().filter((file) => excluded.includes(file));
    const quick = suiteFiles().filter((file) => !excluded.includes(file));
    expect(slow.sort()).toEqual(Object.keys(SLOW_FILES).sort());
    expect(quick.length).toBeGreaterThan(slow.length);
    expect(quick).toContain('test/test-tiers-test.ts');
  });
});
