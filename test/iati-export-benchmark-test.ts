import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { connectOrm } from '../src/db/orm';
import { Role } from '../src/entities/role.enum';
import { copyRows } from '../bench/copy-rows';
import { sampleResidentMemory } from '../bench/memory-sampler';
import { fullShape, syntheticDataset } from '../bench/synthetic-dataset';
import { startHubProcess, type HubProcess } from './support/hub-process';
import { iatiSchemaErrors } from './support/iati-schema';
import { createScratchDatabase } from './support/test-hub';

/** Enough values for every programme's and initiative's own (they come first), and some municipal ones. */
const OBSERVATIONS = 100_000;

describe('IATI export of the benchmark dataset', () => {
  let database: { url: string; drop: () => Promise<void> };
  let hub: HubProcess;
  let secret = '';

  beforeAll(async () => {
    database = await createScratchDatabase();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('set session_replication_role = replica');
      for (const table of syntheticDataset(fullShape(OBSERVATIONS))) await copyRows(client, table);
      await client.query(`update organisation set iati_identifier = 'XI-BENCH-' || id`);
      await client.query(
        `select setval(pg_get_serial_sequence('api_token', 'id'), coalesce((select max(id) from api_token), 0) + 1, false)`,
      );
    } finally {
      await client.end();
    }
    const orm = await connectOrm(database.url);
    try {
      secret = (await createApiToken(orm.em.fork(), { name: 'admin', role: Role.ADMIN })).secret;
    } finally {
      await orm.close();
    }
    hub = await startHubProcess({ DATABASE_URL: database.url, RESPONSE_CACHE_SECONDS: '0' });
  }, 300_000);
  afterAll(async () => {
    await hub?.stop();
    await database?.drop();
  });

  it('streams 200 programmes and 20 000 initiatives in bounded memory, valid against the schema', async () => {
    const memory = sampleResidentMemory(hub.pid);
    const started = Date.now();
    const response = await fetch(hub.url.replace(/\/graphql$/, '/iati/activities.xml'), {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(response.status).toBe(200);
    const xml = await response.text();
    const seconds = (Date.now() - started) / 1000;
    const peakMb = memory.stop();
    const bytes = Buffer.byteLength(xml);
    console.log(
      `IATI export of the benchmark dataset: ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s, peak RSS of the hub ${peakMb.toFixed(0)} MB`,
    );
    expect(xml.match(/<iati-activity .*?hierarchy="1"/g)).toHaveLength(200);
    expect(xml.match(/<iati-activity .*?hierarchy="2"/g)).toHaveLength(20_000);
    expect(xml.match(/type="2"\/>/g)!.length).toBeGreaterThanOrEqual(20_000);
    expect(peakMb).toBeLessThan(400);
    expect(await iatiSchemaErrors(xml)).toEqual([]);
  }, 600_000);
});
