import 'reflect-metadata';
import { takeOverShutdownSignals } from '../src/db/embedded-postgres-server';
import { connectOrm } from '../src/db/orm';
import { setHeapGrowth } from '../src/ops/heap-growth';
import { logger } from '../src/ops/logger';
import { startHub } from '../src/server/hub';
import { checkSettings, heapGrowthPercent } from '../src/settings/settings';
import { SMALL_OBSERVATIONS } from './bench-options';
import { openBenchServer } from './bench-server';
import { ensureDataset } from './load-dataset';

/**
 * `npm run demo`: the hub and its web app on the synthetic benchmark dataset (200 000 observations,
 * every name marked synthetic), in the benchmark's own database (built on first use, as
 * `npm run bench:data` does), so every page has values to show.
 */
async function main(): Promise<void> {
  checkSettings();
  setHeapGrowth(heapGrowthPercent());
  const server = await openBenchServer();
  const { url } = await ensureDataset(server, { observations: SMALL_OBSERVATIONS, quick: false }, (line) =>
    logger.info(line),
  );
  const orm = await connectOrm(url);
  const hub = await startHub(orm, Number(process.env.PORT ?? 4000), process.env.HOST ?? '127.0.0.1');
  logger.info(
    { url: hub.url },
    `The demo hub serves the synthetic dataset at ${new URL('/', hub.url).href} (web app) and ${hub.url} (API).`,
  );
  const stop = async () => {
    await hub.stop();
    await orm.close();
    await server.close();
    process.exit(0);
  };
  takeOverShutdownSignals();
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'The demo hub could not start.');
  process.exit(1);
});
