import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFile } from './support/built-app';
import { createImportWorld, runImportCommand, writeObservationsCsv } from './support/generated-observations-csv';
import { createScratchDatabase } from './support/test-hub';

const ROWS = 200_000;

describe('CSV import killed half-way', () => {
  let database: { url: string; drop: () => Promise<void> };
  let folder = '';
  const query = async <T extends Record<string, unknown>>(sql: string): Promise<T> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows[0];
    } finally {
      await client.end();
    }
  };
  const written = () =>
    query<{ observations: number; audits: number }>(
      'select (select count(*)::int from observation) as observations, (select count(*)::int from audit_event) as audits',
    );
  const importSessions = async () =>
    (
      await query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where application_name = 'hub-csv-import' and datname = current_database()`,
      )
    ).n;

  beforeAll(async () => {
    database = await createScratchDatabase();
    await createImportWorld(database.url);
    folder = mkdtempSync(join(tmpdir(), 'hub-csv-kill-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  it('leaves none of its rows when SIGKILLed past half of the file, and imports them all when run again', async () => {
    const file = join(folder, 'observations.csv');
    await writeObservationsCsv(file, ROWS);
    const command = await builtFile('src/import/import-observations.command.js');
    let progressAtKill = -1;
    const killed = await runImportCommand(command, file, database.url, (stderr, kill) => {
      const percentages = [...stderr.matchAll(/\] (\d+)% \|/g)].map((match) => Number(match[1]));
      const latest = percentages.at(-1) ?? 0;
      if (progressAtKill < 0 && latest >= 50 && latest < 100) {
        progressAtKill = latest;
        kill();
      }
    });
    expect(killed.signal, `${killed.stdout}\n${killed.stderr}`).toBe('SIGKILL');
    expect(progressAtKill).toBeGreaterThanOrEqual(50);

    // The server ends the killed command's session when it finds the connection gone, rolling its transaction back.
    const deadline = Date.now() + 20_000;
    while ((await importSessions()) > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await importSessions()).toBe(0);
    expect(await written()).toEqual({ observations: 0, audits: 0 });

    const again = await runImportCommand(command, file, database.url);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`${ROWS} rows, ${ROWS} created, 0 updated, 0 unchanged`));
    expect(await written()).toEqual({ observations: ROWS, audits: ROWS });
  }, 300_000);

  it('lists the problems of a bad file with their lines, exits 1 and writes nothing', async () => {
    const file = join(folder, 'bad.csv');
    writeFileSync(
      file,
      'indicator,country,municipality,period_start,period_end,value\nTRAINED,NO,G0001,2001-01-01,2001-01-01,3\nTRAINED,NO,G0001,2001-01-02,2001-01-02,x\nTRAINED,NO,NOWHERE,2001-01-03,2001-01-03,4\n',
    );
    const before = await written();
    const run = await runImportCommand(
      await builtFile('src/import/import-observations.command.js'),
      file,
      database.url,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'line 3, value: "x" is not a number.\nline 4, municipality: NO has no municipality with the code "NOWHERE".\n',
    );
    expect(run.stdout).toContain('Nothing written: 2 problems');
    expect(await written()).toEqual(before);
  });
});
