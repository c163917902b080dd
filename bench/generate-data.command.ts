import 'reflect-metadata';
import { parseBenchOptions } from './bench-options';
import { openBenchServer } from './bench-server';
import { ensureDataset } from './load-dataset';

/**
 * `npm run bench:data [-- --observations N] [-- --quick] [-- --fresh]`: fills the benchmark's own
 * database with the synthetic dataset (2 000 000 observations unless told), by COPY.
 */
async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const server = await openBenchServer();
  try {
    process.stdout.write(`Synthetic data on ${server.description}.\n`);
    await ensureDataset(server, options, (line) => process.stdout.write(`${line}\n`));
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
