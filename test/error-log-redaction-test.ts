import { Writable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, hashSecret } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { connectOrm } from '../src/db/orm';
import { createLogger } from '../src/ops/logger';
import { withoutDatabaseValues } from '../src/ops/database-error-redaction';
import { toGlobalId } from '../src/schema/global-id';
import { startHub, type RunningHub } from '../src/server/hub';
import { createImportWorld } from './support/generated-observations-csv';
import { createScratchDatabase } from './support/test-hub';

type LogLine = Record<string, any>;

/** A value no row holds, refused by a check constraint the test adds: its failure carries it in SQL and in PostgreSQL's detail. */
const SECRET_VALUE = 987654321;

describe('database errors in the log: the statement and the reason, never the values', () => {
  let database: { url: string; drop: () => Promise<void> };
  let orm: MikroORM;
  let hub: RunningHub;
  let secret = '';
  let municipalityId = 0;
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  const sql = async (statement: string) => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return await client.query(statement);
    } finally {
      await client.end();
    }
  };
  /** The error line logged for the request `response` answered. */
  const errorLine = (response: Response) =>
    lines.find((line) => line.requestId === response.headers.get('x-request-id') && line.level >= 50);

  beforeAll(async () => {
    database = await createScratchDatabase();
    await createImportWorld(database.url);
    await sql(`alter table observation add constraint not_the_secret_value check (value <> ${SECRET_VALUE})`);
    municipalityId = (await sql(`select id from municipality where code = 'G0001'`)).rows[0].id as number;
    orm = await connectOrm(database.url);
    ({ secret } = await createApiToken(orm.em.fork(), { name: 'redaction test', role: Role.ADMIN }));
    hub = await startHub(orm, 0, '127.0.0.1', { logger: createLogger(destination, 'info') });
  });
  afterAll(async () => {
    await hub?.stop();
    await orm?.close();
    await database?.drop();
  });

  it('logs a failed write of submitObservations with its statement, values replaced by ?', async () => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        query: 'mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { created } }',
        variables: {
          rows: [
            {
              indicator: 'TRAINED',
              scope: toGlobalId('Municipality', municipalityId),
              periodStart: '2001-01-01',
              periodEnd: '2001-12-31',
              value: SECRET_VALUE,
            },
          ],
        },
      }),
    });
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
    const line = errorLine(response);
    expect(line).toMatchObject({ msg: 'unexpected error', err: { code: '23514', constraint: 'not_the_secret_value' } });
    expect(line!.err.message).toMatch(
      / - new row for relation "observation" violates check constraint "not_the_secret_value"$/,
    );
    expect(line!.err.message).toContain('from jsonb_to_recordset(?::jsonb)');
    expect(line!.err.detail).toBeUndefined();
    expect(raw.join('\n')).not.toContain(String(SECRET_VALUE));
  });

  it('logs a failed CSV import without the row PostgreSQL quotes', async () => {
    const response = await fetch(hub.url.replace(/\/graphql$/, '/import/observations'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${secret}` },
      body: `indicator,country,municipality,period_start,period_end,value\nTRAINED,NO,G0002,2001-01-01,2001-12-31,${SECRET_VALUE}\n`,
    });
    expect(response.status).toBe(500);
    const line = errorLine(response);
    expect(line).toMatchObject({
      msg: 'request failed',
      err: {
        code: '23514',
        constraint: 'not_the_secret_value',
        message: 'new row for relation "observation" violates check constraint "not_the_secret_value"',
      },
    });
    expect(line!.err.detail).toBeUndefined();
    expect(raw.join('\n')).not.toContain(String(SECRET_VALUE));
  });

  it("logs a failed token look-up without the token's hash", async () => {
    await sql('alter table api_token rename column secret_hash to secret_digest');
    try {
      const graphql = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: '{"query":"{ programmes { totalCount } }"}',
      });
      expect(graphql.status).toBe(500);
      const imported = await fetch(hub.url.replace(/\/graphql$/, '/import/observations'), {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${secret}` },
        body: 'indicator\n',
      });
      expect(imported.status).toBe(500);
      // Apollo logs its "Context creation failed" error, which repeats the database error's message.
      expect(errorLine(graphql)!.err).toMatchObject({
        type: 'GraphQLError',
        message: expect.stringMatching(/^Context creation failed: select /),
      });
      expect(errorLine(imported)!.err).toMatchObject({ type: 'InvalidFieldNameException', code: '42703' });
      for (const response of [graphql, imported]) {
        const { err } = errorLine(response)!;
        expect(err.message).toContain('from "api_token" where "secret_hash" = ? and "revoked_at" is null');
        expect(err.message).toMatch(/ - column "secret_hash" does not exist$/);
        expect(err.stack).toContain('"secret_hash" = ?');
      }
    } finally {
      await sql('alter table api_token rename column secret_digest to secret_hash');
    }
    const log = raw.join('\n');
    expect(log).not.toContain(hashSecret(secret));
    expect(log).not.toContain(secret);
  });

  it('keeps names, drops literals and numbers, and cuts a long statement, in time linear in its length', async () => {
    const failure = await orm.em
      .fork()
      .execute(`select 'it''s', E'a\\\\b', 12.5e3, "missing" from observation where kind = 'x'`)
      .catch((error: unknown) => error);
    expect((failure as Error).message).toContain("'it''s'");
    expect((withoutDatabaseValues(failure) as Error).message).toBe(
      'select ?, E?, ?, "missing" from observation where kind = ? - column "missing" does not exist',
    );
    const cast = await orm.em
      .fork()
      .execute(`select 'not a number'::int from observation`)
      .catch((error: unknown) => error);
    expect((withoutDatabaseValues(cast) as Error).message).toBe(
      'select ?::int from observation - invalid input syntax for type integer: "?"',
    );
    const long = await orm.em
      .fork()
      .execute(`select '${"'".repeat(2)}${'x'.repeat(50_000)}' from nowhere`)
      .catch((error: unknown) => error);
    const started = performance.now();
    const cut = withoutDatabaseValues(long) as Error;
    expect(performance.now() - started).toBeLessThan(200);
    expect(cut.message).toMatch(/^select \?… \(\d+ characters\) - relation "\?" does not exist$/);
  });
});
