import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSettings, ENVIRONMENT_VARIABLES } from '../src/settings/settings';

/**
 * Variables the settings module reads that README.md's tables rightly leave out, each with why.
 * (Variables only the tests and the benchmark read, such as CI, REDIS_ABSENT or UPDATE_SCREENSHOTS,
 * are not read by the hub, so they are in neither list.)
 */
const NOT_IN_README_TABLES: Record<string, string> = {
  NODE_ENV: 'the usual Node switch; the table names it in the defaults of the GRAPHQL_* switches, not as a row',
  VITEST: 'set by vitest itself (LOG_LEVEL defaults to silent under it); no operator sets it',
};

/** The sections of README.md whose tables list environment variables. */
const SECTIONS = ['Configuration', 'Limits'];

/** The variable names in the first column (in backticks) of the tables of README.md's `SECTIONS`. */
function readmeVariables(): string[] {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  const names: string[] = [];
  let section: string | undefined;
  for (const line of readme.split('\n')) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) section = heading[1];
    if (!section || !SECTIONS.includes(section)) continue;
    const row = /^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|/.exec(line);
    if (row) names.push(row[1]);
  }
  return names;
}

describe('settings and README', () => {
  it('the README tables list exactly the variables the settings module reads', () => {
    const inReadme = readmeVariables();
    expect(new Set(inReadme).size, 'a variable listed twice in README.md').toBe(inReadme.length);
    const known = ENVIRONMENT_VARIABLES.filter((name) => !(name in NOT_IN_README_TABLES));
    expect([...inReadme].sort()).toEqual([...known].sort());
  });

  it('every allow-listed variable is one the settings module reads, and not in the README tables', () => {
    const inReadme = readmeVariables();
    for (const name of Object.keys(NOT_IN_README_TABLES)) {
      expect(ENVIRONMENT_VARIABLES).toContain(name);
      expect(inReadme).not.toContain(name);
    }
  });

  it('the settings module lists each variable once', () => {
    expect(new Set(ENVIRONMENT_VARIABLES).size).toBe(ENVIRONMENT_VARIABLES.length);
  });

  it('the defaults pass, and a bad value stops the start naming the variable and the value', () => {
    expect(() => checkSettings({})).not.toThrow();
    expect(() => checkSettings({ PORT: 'eighty' })).toThrow(
      'PORT must be a whole number from 0 to 65535; got "eighty".',
    );
    expect(() => checkSettings({ DATABASE_POOL_MAX: '0' })).toThrow(
      'DATABASE_POOL_MAX must be a whole number of 1 or more; got "0".',
    );
    expect(() => checkSettings({ DATABASE_STATEMENT_TIMEOUT_MS: '30s' })).toThrow('DATABASE_STATEMENT_TIMEOUT_MS');
    expect(() => checkSettings({ IMPORT_STATEMENT_TIMEOUT_MS: '-1' })).toThrow('IMPORT_STATEMENT_TIMEOUT_MS');
    expect(() => checkSettings({ SHUTDOWN_TIMEOUT_MS: '1e9x' })).toThrow('SHUTDOWN_TIMEOUT_MS');
    expect(() => checkSettings({ SQL_LOG: 'yes' })).toThrow('SQL_LOG must be one of 0, 1; got "yes".');
    expect(() => checkSettings({ LOG_LEVEL: 'verbose' })).toThrow('LOG_LEVEL must be one of');
    expect(() => checkSettings({ GRAPHQL_EXPLORER: 'on' })).toThrow(
      'GRAPHQL_EXPLORER must be "true" or "false"; got "on".',
    );
    expect(() => checkSettings({ WEB_CONCURRENCY: '0' })).toThrow(
      'WEB_CONCURRENCY must be a whole number from 1 to 64; got "0".',
    );
    expect(() => checkSettings({ WEB_CONCURRENCY: '2' })).toThrow('WEB_CONCURRENCY=2 needs REDIS_URL');
    expect(() => checkSettings({ WEB_CONCURRENCY: '2', REDIS_URL: 'redis://127.0.0.1:6379' })).not.toThrow();
  });
});
