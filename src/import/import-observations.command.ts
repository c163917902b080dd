import { createReadStream, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { Role } from '../entities/role.enum';
import type { Viewer } from '../auth/viewer';
import { runDatabaseCommand } from '../db/database-command';
import { CsvImportError, describeProblem } from './import-problem';
import { importObservationsCsv } from './import-observations';

const USAGE = 'npm run import -- FILE.csv [--draft]';
const MEGABYTE = 1024 * 1024;

/** The operator at the console: database access is ADMIN access, recorded as `cli:<user>`. */
function operator(): Viewer {
  return {
    key: `cli:${userInfo().username}`,
    tokenId: null,
    role: Role.ADMIN,
    organisationIds: [],
    municipalityIds: [],
  };
}

/** The file's bytes, telling `onBytes` how many have been read so far. */
async function* counted(path: string, onBytes: (bytes: number) => void): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    read += chunk.length;
    onBytes(read);
    yield chunk;
  }
}

/**
 * `npm run import -- FILE.csv [--draft]`: imports a CSV file of observations (README, "CSV
 * import") in one transaction, with a progress bar on standard error; prints what it did and the
 * peak memory, or every problem found (first 100) and exits 1 having written nothing.
 */
runDatabaseCommand(async (orm) => {
  const { values, positionals } = parseArgs({
    options: { draft: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new Error(`Name one CSV file.\n${USAGE}`);
  const [path] = positionals;
  const size = statSync(path).size;
  const started = performance.now();
  let rows = 0;
  const bar = new SingleBar({
    format: 'importing [{bar}] {percentage}% | {readMb}/{sizeMb} MB | {rows} rows | {rate} rows/s',
    noTTYOutput: true,
    notTTYSchedule: 500,
    hideCursor: true,
  });
  const payload = (read: number) => ({
    readMb: (read / MEGABYTE).toFixed(1),
    sizeMb: (size / MEGABYTE).toFixed(1),
    rows,
    rate: Math.round(rows / Math.max((performance.now() - started) / 1000, 0.001)),
  });
  bar.start(size, 0, payload(0));
  const onBytes = (read: number) => bar.update(read, payload(read));
  try {
    const outcome = await importObservationsCsv(counted(path, onBytes), {
      databaseUrl: orm.config.get('clientUrl'),
      viewer: operator(),
      asDraft: values.draft ?? false,
      onRows: (count) => {
        rows = count;
      },
      onStaged: (count) => {
        bar.stop();
        process.stderr.write(`Read ${count} rows; checking them and writing, in one transaction.\n`);
      },
    });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    return [
      `Imported ${path}: ${outcome.received} rows, ${outcome.created} created, ${outcome.updated} updated, ${outcome.unchanged} unchanged`,
      `in ${seconds.toFixed(1)} s (${Math.round(outcome.received / seconds)} rows/s), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
    ].join(' ');
  } catch (error) {
    bar.stop();
    if (!(error instanceof CsvImportError)) throw error;
    process.exitCode = 1;
    process.stderr.write(`${error.problems.map(describeProblem).join('\n')}\n`);
    return `Nothing written: ${error.problems.length}${error.problems.length === 100 ? ' (or more)' : ''} problem${error.problems.length === 1 ? '' : 's'} in ${path}.`;
  }
});
