import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { createDatabase } from '../src/db/database-admin';
import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgresServer } from '../src/db/embedded-postgres-server';
import { connectOrm, migrateToLatest } from '../src/db/orm';
import { replicaOptionsFromEnv } from '../src/db/replica-reads';
import { toGlobalId } from '../src/schema/global-id';
import { startHub, type RunningHub } from '../src/server/hub';
import { buildAccessWorld } from './support/access-fixture';
import { bodyOf, type GraphQLResponseBody } from './support/expect-error';

const DATABASE = 'hub';
const PUBLICATION = 'hub_tables';
const SUBSCRIPTION = 'hub_from_primary';

/** One statement on `url`'s database, with its rows. */
async function run<T extends Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Waits until `check` holds, polling every 50 ms for 30 s at most. */
async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Two PostgreSQL servers of the test's own: a primary with `wal_level=logical` and a replica that
 * subscribes to every table of the app (logical replication, the initial data copied). The hub
 * runs on the primary with the replica in DATABASE_REPLICA_URLS, served over HTTP.
 */
describe('read replicas', () => {
  const dataDirs: string[] = [];
  let primary: EmbeddedPostgresServer | undefined;
  let replica: EmbeddedPostgresServer | undefined;
  let primaryUrl: string;
  let replicaUrl: string;
  let orm: MikroORM;
  let hub: RunningHub;
  let adminSecret: string;
  let submittedKey: number;
  let submittedId: string;

  async function ask(
    query: string,
    variables: Record<string, unknown> = {},
    secret?: string,
  ): Promise<{ status: number; body: GraphQLResponseBody }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (secret) headers.authorization = `Bearer ${secret}`;
    const response = await fetch(hub.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: await bodyOf(response) };
  }

  async function startServer(prefix: string, port?: number): Promise<EmbeddedPostgresServer> {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dataDirs.push(dir);
    return startEmbeddedPostgres(dir, { persistent: true, port });
  }

  async function migratedDatabase(server: EmbeddedPostgresServer): Promise<string> {
    await createDatabase(server.adminUrl, DATABASE);
    const migrating = await connectOrm(server.urlFor(DATABASE));
    try {
      await migrateToLatest(migrating);
    } finally {
      await migrating.close();
    }
    return server.urlFor(DATABASE);
  }

  const subscriptionSynced = async () => {
    const [row] = await run<{ pending: string }>(
      replicaUrl,
      `select count(*) filter (where srsubstate <> 'r') as pending from pg_subscription_rel`,
    );
    return Number(row.pending) === 0;
  };

  beforeAll(async () => {
    const primaryPort = await findFreePort();
    primary = await startServer('hub-primary-pg-', primaryPort);
    // wal_level takes effect only at start.
    await run(primary.adminUrl, 'alter system set wal_level = logical');
    await primary.stop();
    primary = await startEmbeddedPostgres(dataDirs[0], { persistent: true, port: primaryPort });
    replica = await startServer('hub-replica-pg-');
    primaryUrl = await migratedDatabase(primary);
    replicaUrl = await migratedDatabase(replica);

    const seeding = await connectOrm(primaryUrl);
    try {
      await buildAccessWorld(seeding.em.fork());
      ({ secret: adminSecret } = await createApiToken(seeding.em.fork(), { name: 'replica test', role: Role.ADMIN }));
    } finally {
      await seeding.close();
    }
    const [submitted] = await run<{ id: number }>(
      primaryUrl,
      `select o.id from observation o join programme p on p.id = o.programme_id where p.code = 'PUBLIC' and o.review_status = 'SUBMITTED'`,
    );
    submittedKey = submitted.id;
    submittedId = toGlobalId('Observation', submitted.id);

    // Every table but the migrations' bookkeeping, which each server keeps for itself.
    const tables = await run<{ name: string }>(
      primaryUrl,
      `select quote_ident(tablename) as name from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations'`,
    );
    await run(
      primaryUrl,
      `create publication ${PUBLICATION} for table ${tables.map((table) => table.name).join(', ')}`,
    );
    const { port } = new URL(primaryUrl);
    await run(
      replicaUrl,
      `create subscription ${SUBSCRIPTION} connection 'host=127.0.0.1 port=${port} user=postgres password=postgres dbname=${DATABASE}' publication ${PUBLICATION} with (copy_data = true)`,
    );
    await eventually('the replica has copied every table', subscriptionSynced);

    orm = await connectOrm(primaryUrl, replicaOptionsFromEnv({ DATABASE_REPLICA_URLS: replicaUrl }));
    hub = await startHub(orm, 0, '127.0.0.1');
  });

  afterAll(async () => {
    await hub?.stop();
    await orm?.close();
    // The subscription holds a replication slot on the primary: drop it while both servers run.
    if (replica && replicaUrl)
      await run(replicaUrl, `drop subscription if exists ${SUBSCRIPTION}`).catch(() => undefined);
    await replica?.stop();
    await primary?.stop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('answers query operations from the replica, for anonymous callers and token holders alike', async () => {
    // Written on the replica alone: only a read from the replica can see it.
    await run(replicaUrl, `update programme set name_en = 'Name only the replica holds' where code = 'PUBLIC'`);
    const query = 'query Name { programme(code: "PUBLIC") { nameEn } }';
    expect((await ask(query)).body.data).toEqual({ programme: { nameEn: 'Name only the replica holds' } });
    expect((await ask(query, {}, adminSecret)).body.data).toEqual({
      programme: { nameEn: 'Name only the replica holds' },
    });
    expect(await run(primaryUrl, `select name_en from programme where code = 'PUBLIC'`)).toEqual([
      { name_en: 'Public' },
    ]);
  });

  it('writes to the primary, and a mutation answers with what it wrote before the replica has it', async () => {
    await run(replicaUrl, `alter subscription ${SUBSCRIPTION} disable`);
    try {
      const review = await ask(
        'mutation Approve($ids: [ID!]!) { reviewObservations(ids: $ids, decision: APPROVE) { id reviewStatus version } }',
        { ids: [submittedId] },
        adminSecret,
      );
      expect(review.body.errors).toBeUndefined();
      expect(review.body.data).toEqual({
        reviewObservations: [{ id: submittedId, reviewStatus: 'APPROVED', version: 2 }],
      });
      const statusOf = async (url: string) =>
        (
          await run<{ review_status: string }>(url, 'select review_status from observation where id = $1', [
            submittedKey,
          ])
        )[0].review_status;
      expect(await statusOf(primaryUrl)).toBe('APPROVED');
      expect(await statusOf(replicaUrl)).toBe('SUBMITTED');
      // A later query operation reads the replica, which has not caught up yet.
      const read = 'query Status($id: ID!) { node(id: $id) { ... on Observation { reviewStatus } } }';
      expect((await ask(read, { id: submittedId }, adminSecret)).body.data).toEqual({
        node: { reviewStatus: 'SUBMITTED' },
      });

      await run(replicaUrl, `alter subscription ${SUBSCRIPTION} enable`);
      await eventually('the replica has the approval', async () => (await statusOf(replicaUrl)) === 'APPROVED');
      expect((await ask(read, { id: submittedId }, adminSecret)).body.data).toEqual({
        node: { reviewStatus: 'APPROVED' },
      });
    } finally {
      await run(replicaUrl, `alter subscription ${SUBSCRIPTION} enable`);
    }
  });

  it('looks tokens up on the primary: a new token works and a revoked one is refused before the replica knows', async () => {
    await run(replicaUrl, `alter subscription ${SUBSCRIPTION} disable`);
    const tokens = await connectOrm(primaryUrl);
    try {
      const { id, secret } = await createApiToken(tokens.em.fork(), { name: 'fresh', role: Role.ADMIN });
      expect(await run(replicaUrl, 'select id from api_token where id = $1', [id])).toEqual([]);
      const query = 'query Code { programme(code: "PRIVATE") { code } }';
      expect((await ask(query, {}, secret)).body.data).toEqual({ programme: { code: 'PRIVATE' } });
      expect(await revokeApiToken(tokens.em.fork(), id)).toBe(true);
      const refused = await ask(query, {}, secret);
      expect(refused.status).toBe(401);
      expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    } finally {
      await tokens.close();
      await run(replicaUrl, `alter subscription ${SUBSCRIPTION} enable`);
    }
  });
});
