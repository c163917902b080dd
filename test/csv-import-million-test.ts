import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFile } from './support/built-app';
import { createImportWorld, runImportCommand, writeObservationsCsv } from './support/generated-observations-csv';
import { createScratchDatabase } from './support/test-hub';

const ROWS = 1_000_000;
/**
 * The command's own memory (Node, the ORM) is about 100 MB; streaming adds the parser's and the
 * socket's buffers and garbage not yet collected. Holding the file would not fit: 52 MB of text is
 * 104 MB as JavaScript strings, and a million parsed rows several hundred MB more.
 */
const MAX_PEAK_RSS_MB = 300;

describe('CSV import of 1 000 000 rows through the command', () => {
  let database: { url: string; drop: () => Promise<void> };
  let folder = '';

  beforeAll(async () => {
    database = await createScratchDatabase();
    await createImportWorld(database.url);
    folder = mkdtempSync(join(tmpdir(), 'hub-csv-million-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  it('imports every row in one transaction with flat memory, and reports its rate and peak memory', async () => {
    const file = join(folder, 'million.csv');
    const bytes = await writeObservationsCsv(file, ROWS);
    const run = await runImportCommand(
      await builtFile('src/import/import-observations.command.js'),
      file,
      database.url,
    );
    expect(run.code, run.stderr).toBe(0);
    const summary =
      /Imported .*: (\d+) rows, (\d+) created, 0 updated, 0 unchanged in ([\d.]+) s \((\d+) rows\/s\), peak RSS (\d+) MB\./.exec(
        run.stdout,
      );
    expect(summary, run.stdout).not.toBeNull();
    const [received, created, seconds, rate, peakMb] = summary!.slice(1).map(Number);
    expect([received, created]).toEqual([ROWS, ROWS]);
    console.log(
      `CSV import: ${ROWS} rows (${(bytes / 1024 / 1024).toFixed(0)} MB) in ${seconds} s = ${rate} rows/s, peak RSS of the command ${peakMb} MB`,
    );
    expect(peakMb).toBeLessThan(MAX_PEAK_RSS_MB);

    const client = new Client({ connectionString: database.url });
    await client.connect();
    const counts = await client.query<{ observations: number; audits: number; total: string }>(
      `select (select count(*)::int from observation) as observations, (select count(*)::int from audit_event) as audits,
        (select sum(value)::text from observation) as total`,
    );
    await client.end();
    const expectedTotal = Array.from({ length: ROWS }, (_, n) => n % 97).reduce((sum, value) => sum + value, 0);
    expect(counts.rows[0]).toEqual({ observations: ROWS, audits: ROWS, total: `${expectedTotal}.0000` });
  }, 300_000);
});
