import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { generateBenchmarkCountry, generateBenchmarkIndicators } from './support/generated-benchmark-data';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';

/** The defaults, whatever the environment running the tests sets. */
const DEFAULTS = serverSettingsFromEnv({});
/** A budget that pays for two pages of values (2 401 points each) a second. */
const SMALL_BUDGET = { ...DEFAULTS, limits: { ...DEFAULTS.limits, rateLimitPoints: 5_000, rateLimitWindowSeconds: 1 } };

describe('A download larger than one window of the rate budget', () => {
  let hub: TestHub;
  let origin: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createScratchDatabase();
    drop = database.drop;
    hub = await initTestHub(database.url, SMALL_BUDGET);
    const em = hub.orm.em.fork();
    await generateBenchmarkCountry(em, await generateBenchmarkIndicators(em), { code: 'RS', count: 250, seed: 12 });
    origin = new URL(await hub.listen()).origin;
  });
  afterAll(async () => {
    await hub?.close();
    await drop?.();
  });

  it('comes whole, its later pages waiting for the budget to renew instead of the file being cut', async () => {
    const { data } = await hub.query(
      `{ observations(filter: { indicator: "BM_PAY_GAP", periodFrom: "2022-01-01", periodTo: "2022-12-31" }, first: 1) { totalCount } }`,
    );
    const total = data!.observations.totalCount as number;
    expect(total).toBeGreaterThan(200);
    const started = performance.now();
    const response = await fetch(`${origin}/export/observations.csv?indicator=BM_PAY_GAP&from=2022&to=2022`);
    expect(response.status).toBe(200);
    const rows = parse<Record<string, string>>(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true });
    expect(rows).toHaveLength(total);
    // Three pages or more, two a window: at least one wait for the next window.
    expect(performance.now() - started).toBeGreaterThan(500);
  });

  it('still answers 429 with Retry-After when not even the first page can be paid for', async () => {
    const spend = () => fetch(`${origin}/export/observations.csv?indicator=BM_PAY_GAP&from=2022&to=2022`);
    const answers = await Promise.all(Array.from({ length: 6 }, spend));
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await Promise.all(answers.map((answer) => answer.arrayBuffer()));
  });
});
