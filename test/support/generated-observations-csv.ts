import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Client } from 'pg';

/** How many municipalities the generated world has; a file's rows are municipality x day. */
export const GENERATED_MUNICIPALITIES = 1_000;

/** Fills an empty, migrated database with what generated files name: Norway, 1 000 municipalities (codes G0000-G0999) and the COUNT indicator TRAINED. */
export async function createImportWorld(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`insert into country (code, name_en, name_local) values ('NO', 'Norway', 'Norge')`);
    await client.query(
      `insert into municipality (country_code, code, name_local, kind)
        select 'NO', 'G' || lpad(n::text, 4, '0'), 'Generated ' || n, 'MUNICIPALITY' from generate_series(0, $1 - 1) n`,
      [GENERATED_MUNICIPALITIES],
    );
    await client.query(
      `insert into indicator (code, name_en, unit, level, direction, aggregation, disaggregations, computation)
        values ('TRAINED', 'People trained', 'COUNT', 'OUTPUT', 'HIGHER_IS_BETTER', 'SUM', '{SEX}', 'REPORTED')`,
    );
  } finally {
    await client.end();
  }
}

/** Writes a CSV file of `rows` good rows for the generated world (one a municipality and day from 2000-01-01), streaming, and answers its size in bytes. */
export async function writeObservationsCsv(path: string, rows: number): Promise<number> {
  const file = createWriteStream(path);
  file.write('indicator,country,municipality,period_start,period_end,sex,kind,value\n');
  const day0 = Date.UTC(2000, 0, 1);
  for (let start = 0; start < rows; start += 10_000) {
    let chunk = '';
    for (let n = start; n < Math.min(rows, start + 10_000); n += 1) {
      const day = new Date(day0 + Math.floor(n / GENERATED_MUNICIPALITIES) * 86_400_000).toISOString().slice(0, 10);
      chunk += `TRAINED,NO,G${String(n % GENERATED_MUNICIPALITIES).padStart(4, '0')},${day},${day},TOTAL,ACTUAL,${n % 97}\n`;
    }
    if (!file.write(chunk)) await once(file, 'drain');
  }
  file.end();
  await once(file, 'close');
  return file.bytesWritten;
}

/** A run of the import command as a child process: its exit, and what it wrote. */
export interface CommandRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the compiled import command on `file` against `databaseUrl`; `onStderr` sees its standard
 * error as it comes (the progress bar) and may kill it.
 */
export async function runImportCommand(
  commandPath: string,
  file: string,
  databaseUrl: string,
  onStderr?: (text: string, kill: () => void) => void,
): Promise<CommandRun> {
  const child = spawn(process.execPath, [commandPath, file], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(stderr, () => child.kill('SIGKILL'));
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  return { code, signal, stdout, stderr };
}
