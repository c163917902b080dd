import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import type { Viewer } from '../src/auth/viewer';
import {
  Indicator,
  IndicatorAggregation,
  IndicatorComputation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
} from '../src/entities/indicator.entity';
import { Municipality, MunicipalityKind } from '../src/entities/municipality.entity';
import { CsvImportError } from '../src/import/import-problem';
import { importObservationsCsv } from '../src/import/import-observations';
import { seedDatabase } from '../src/seed/seed-database';
import { snapshotDatabase } from './support/database-snapshot';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { initScratchHub, initTestHub, type TestHub } from './support/test-hub';

const EXAMPLE = readFileSync(join(__dirname, '..', 'examples', 'observations.csv'));
const HEADER =
  'indicator,country,municipality,period_start,period_end,sex,role,kind,value,numerator,denominator,source,evidence_urls';
/** A good row of the seeded hub: Bergen's trained people, one day of 1990 per `day`. */
const row = (
  day = 1,
  value: string | number = 5,
  extra: Partial<Record<'sex' | 'indicator' | 'municipality' | 'country' | 'source' | 'role', string>> = {},
) => {
  const date = `1990-01-${String(day).padStart(2, '0')}`;
  const cells = {
    indicator: 'GENDER_TRAINING_PARTICIPANTS',
    country: 'NO',
    municipality: '1201',
    sex: 'TOTAL',
    role: '',
    source: '',
    ...extra,
  };
  return `${cells.indicator},${cells.country},${cells.municipality},${date},${date},${cells.sex},${cells.role},ACTUAL,${value},,,${cells.source},`;
};
const csv = (...lines: string[]) => `${[HEADER, ...lines].join('\n')}\n`;

interface ImportErrorBody {
  errors: { message: string; extensions: { code: string; line?: number; field?: string | null } }[];
}

describe('CSV import of observations', () => {
  let hub: TestHub;
  let databaseUrl = '';
  let endpoint = '';
  const secrets: Record<'admin' | 'reporter' | 'viewer', string> = { admin: '', reporter: '', viewer: '' };
  let admin: Viewer;
  let adminTokenId = 0;

  /** POSTs `body` to the import endpoint as `caller`. */
  const post = (
    body: string | Buffer,
    caller: keyof typeof secrets | null = 'admin',
    query = '',
    contentType = 'text/csv',
  ) =>
    fetch(`${endpoint}${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(caller ? { authorization: `Bearer ${secrets[caller]}` } : {}) },
      body,
    });
  /** Posts `body` and expects it refused with `status`, the first error at `line` and `field`, and nothing written. */
  const expectRefused = async (
    body: string | Buffer,
    status: number,
    first: { code?: string; line?: number; field?: string | null; message?: RegExp },
    caller: keyof typeof secrets = 'admin',
  ) => {
    const before = await snapshotDatabase(databaseUrl);
    const response = await post(body, caller);
    const answer = (await response.json()) as ImportErrorBody;
    expect(response.status).toBe(status);
    const [error] = answer.errors;
    expect(error.extensions).toMatchObject({
      code: first.code ?? 'BAD_USER_INPUT',
      ...(first.line === undefined ? {} : { line: first.line }),
      ...(first.field === undefined ? {} : { field: first.field }),
    });
    if (first.message) expect(error.message).toMatch(first.message);
    expect(await snapshotDatabase(databaseUrl)).toEqual(before);
    return answer.errors;
  };
  const importCount = async () =>
    Number(
      (
        await hub.orm.em
          .fork()
          .execute<{ n: string }[]>(
            `select count(*) as n from pg_stat_activity where application_name = 'hub-csv-import' and datname = current_database()`,
          )
      )[0].n,
    );

  beforeAll(async () => {
    hub = await initScratchHub();
    databaseUrl = hub.orm.config.get('clientUrl')!;
    await seedDatabase(hub.orm.em.fork());
    const em = hub.orm.em.fork();
    em.create(Indicator, {
      code: 'RECORDED_INITIATIVES',
      nameEn: 'Initiatives on record',
      unit: IndicatorUnit.COUNT,
      level: IndicatorLevel.OUTPUT,
      direction: IndicatorDirection.NEUTRAL,
      aggregation: IndicatorAggregation.LATEST,
      computation: IndicatorComputation.COMPUTED,
    });
    em.create(Indicator, {
      code: 'ARCHIVED_COUNT',
      nameEn: 'Archived count',
      unit: IndicatorUnit.COUNT,
      level: IndicatorLevel.OUTPUT,
      archivedAt: new Date(),
      direction: IndicatorDirection.NEUTRAL,
      aggregation: IndicatorAggregation.SUM,
      computation: IndicatorComputation.REPORTED,
    });
    em.create(Municipality, {
      countryCode: 'NO',
      code: '9998',
      nameLocal: 'Archived',
      kind: MunicipalityKind.MUNICIPALITY,
      archivedAt: new Date(),
    });
    await em.flush();
    const [bergen] = await hub.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from municipality where country_code = 'NO' and code = '1201'`);
    const [organisation] = await hub.orm.em.fork().execute<{ id: number }[]>('select id from organisation limit 1');
    const adminToken = await createApiToken(hub.orm.em.fork(), { name: 'admin', role: Role.ADMIN });
    secrets.admin = adminToken.secret;
    adminTokenId = adminToken.id;
    secrets.reporter = (
      await createApiToken(hub.orm.em.fork(), { name: 'Bergen', role: Role.REPORTER, municipalityIds: [bergen.id] })
    ).secret;
    secrets.viewer = (
      await createApiToken(hub.orm.em.fork(), { name: 'viewer', role: Role.VIEWER, organisationIds: [organisation.id] })
    ).secret;
    admin = { key: 'test:admin', tokenId: null, role: Role.ADMIN, organisationIds: [], municipalityIds: [] };
    endpoint = (await hub.listen()).replace(/\/graphql$/, '/import/observations');
  });
  afterAll(() => hub.close());

  it('imports the example file over HTTP on the seeded hub, and a second import changes nothing', async () => {
    const lines = EXAMPLE.toString('utf8').trim().split('\n').length - 1;
    const first = await post(EXAMPLE);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: lines, created: lines, updated: 0, unchanged: 0 });
    const stored = await hub.orm.em
      .fork()
      .execute<{ sex: string; role: string | null; value: string; review_status: string; actor: string }[]>(
        `select o.sex, o.role, o.value::text, o.review_status, a.actor from observation o
        join municipality m on m.id = o.municipality_id join audit_event a on a.entity_id = o.id and a.entity_type = 'Observation'
        where m.code = '1201' and o.period_start = '2013-01-01' order by o.sex, o.role nulls first`,
      );
    expect(stored.map((value) => `${value.sex}/${value.role ?? '-'}=${Number(value.value)}`)).toEqual([
      'FEMALE/-=31',
      'FEMALE/POLITICIAN=9',
      'MALE/-=17',
      'MALE/POLITICIAN=6',
      'TOTAL/-=48',
    ]);
    expect(new Set(stored.map((value) => `${value.review_status} ${value.actor}`))).toEqual(
      new Set([`SUBMITTED token:${adminTokenId}`]),
    );

    const before = await snapshotDatabase(databaseUrl);
    const second = await post(EXAMPLE);
    expect(await second.json()).toEqual({ received: lines, created: 0, updated: 0, unchanged: lines });
    expect(await snapshotDatabase(databaseUrl)).toEqual(before);
    expect(await importObservationsCsv([EXAMPLE], { databaseUrl, viewer: admin, asDraft: false })).toEqual({
      received: lines,
      created: 0,
      updated: 0,
      unchanged: lines,
    });
  });

  it('updates only the rows that changed, with an audit row each, through the import function', async () => {
    const file = csv(row(1, 5), row(2, 6), row(3, 7));
    expect(await importObservationsCsv([Buffer.from(file)], { databaseUrl, viewer: admin, asDraft: true })).toEqual({
      received: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    const changed = csv(row(1, 5), row(2, 60), row(3, 7));
    expect(await importObservationsCsv([Buffer.from(changed)], { databaseUrl, viewer: admin, asDraft: true })).toEqual({
      received: 3,
      created: 0,
      updated: 1,
      unchanged: 2,
    });
    const [audit] = await hub.orm.em
      .fork()
      .execute<{ actor: string; before: { value: number }; after: { value: number; version: number } }[]>(
        `select actor, before, after from audit_event where action = 'UPDATE' order by id desc limit 1`,
      );
    expect(audit).toMatchObject({ actor: 'test:admin', before: { value: 6 }, after: { value: 60, version: 2 } });
    await expect(
      importObservationsCsv([Buffer.from(changed)], { databaseUrl, viewer: admin, asDraft: true }),
    ).resolves.toMatchObject({ unchanged: 3 });
  });

  it('refuses wrong types, naming line and column, and writes nothing', async () => {
    const errors = await expectRefused(
      csv(
        row(4),
        row(5, '"12,5"'),
        `${row(6)}`.replace('1990-01-06,1990-01-06', '1990-02-30,1990-01-06'),
        row(7, 'many'),
        row(8).replace('ACTUAL', 'FORECAST'),
      ),
      400,
      {
        line: 3,
        field: 'value',
        message: /^line 3, value: "12,5" is not a number; write decimals with a point/,
      },
    );
    expect(errors.map((error) => `${error.extensions.line}:${error.extensions.field}`)).toEqual([
      '3:value',
      '4:period_start',
      '5:value',
      '6:kind',
    ]);
  });

  it('refuses a header that lacks required columns or names unknown ones, on line 1', async () => {
    await expectRefused('indicator,country,period_start,colour\nX,NO,1990-01-01,red\n', 400, {
      line: 1,
      field: 'colour',
      message: /"colour" is not a column/,
    });
    const errors = await expectRefused('indicator,country,period_start\nX,NO,1990-01-01\n', 400, {
      line: 1,
      field: null,
    });
    expect(errors[0].message).toBe('line 1: the header lacks the required columns period_end, value.');
    await expectRefused('indicator;country;period_start;period_end;value\n', 400, { line: 1, message: /semicolons/ });
  });

  it('refuses unknown or archived codes, computed indicators, values outside the unit and cells the indicator is not split by', async () => {
    const errors = await expectRefused(
      csv(
        row(9, 5, { indicator: 'NO_SUCH_INDICATOR' }),
        row(10, 5, { indicator: 'RECORDED_INITIATIVES' }),
        row(11, 5, { country: 'XX' }),
        row(12, 5, { municipality: '9999' }),
        row(13, 5, { source: 'no-such-source' }),
        row(14, 120, { indicator: 'HAJ_TANGIBLE_IMPROVEMENTS_SHARE' }),
        row(15, 2.5),
        row(16, 5, { indicator: 'CHARTER_SIGNATORIES', sex: 'FEMALE' }),
        row(17, 5, { indicator: 'CHARTER_SIGNATORIES', role: 'POLITICIAN' }),
        row(18, 5),
        row(30, 5, { indicator: 'ARCHIVED_COUNT' }),
        row(31, 5, { municipality: '9998' }),
      ),
      400,
      { line: 2, field: 'indicator', message: /no indicator has the code "NO_SUCH_INDICATOR"/ },
    );
    expect(errors.map((error) => `${error.extensions.line}:${error.extensions.field}`)).toEqual([
      '2:indicator',
      '3:indicator',
      '4:country',
      '5:municipality',
      '6:source',
      '7:value',
      '8:value',
      '9:sex',
      '10:role',
      '12:indicator',
      '13:municipality',
    ]);
    expect(errors[5].message).toBe(
      'line 7, value: 120 is not a percentage from 0 to 100 (HAJ_TANGIBLE_IMPROVEMENTS_SHARE is in PERCENT).',
    );
  });

  it('refuses a row twice in one file, naming both lines', async () => {
    const errors = await expectRefused(csv(row(19), row(20), row(19, 8)), 400, { line: 4, field: null });
    expect(errors[0].message).toBe(
      'line 4: line 2 has the same indicator, country, municipality, period, sex, role and kind.',
    );
  });

  it('lists at most 100 problems, first lines first, mixing type and database checks', async () => {
    const rows = Array.from({ length: 150 }, (_, index) =>
      index % 2 === 0 ? row(1, 'x') : row(1, 5, { indicator: `UNKNOWN_${index}` }),
    );
    const errors = await expectRefused(csv(...rows), 400, { line: 2, field: 'value' });
    expect(errors).toHaveLength(100);
    expect(errors.map((error) => error.extensions.line)).toEqual(Array.from({ length: 100 }, (_, index) => index + 2));
    // Reading stops at the hundredth problem of the types.
    const typeErrors = await expectRefused(
      csv(...Array.from({ length: 20_000 }, (_, index) => row(1, `x${index}`))),
      400,
      { line: 2, field: 'value', message: /"x0" is not a number/ },
    );
    expect(typeErrors.map((error) => error.extensions.line)).toEqual(
      Array.from({ length: 100 }, (_, index) => index + 2),
    );
  });

  it('refuses broken quotes, a row of the wrong length, bad UTF-8, an empty file and a header alone, saying where', async () => {
    await expectRefused(
      csv(row(21), `"GENDER_TRAINING_PARTICIPANTS"x,NO,1201,1990-01-22,1990-01-22,,,,5,,,,`, row(23)),
      400,
      { line: 3, field: 'indicator', message: /closing quote/ },
    );
    await expectRefused(
      csv(row(21), row(22), `"GENDER_TRAINING_PARTICIPANTS,NO,1201,1990-01-23,1990-01-23,,,,5,,,,`, row(24), row(25)),
      400,
      { line: 4, field: null, message: /never closed/ },
    );
    await expectRefused(csv(row(21), 'GENDER_TRAINING_PARTICIPANTS,NO,1201'), 400, {
      line: 3,
      field: null,
      message: /3 fields where the header has 13/,
    });
    const latin1 = Buffer.concat([
      Buffer.from(csv(row(21), row(22))),
      Buffer.from([0x54, 0x72, 0x6f, 0x6d, 0x73, 0xf8]),
      Buffer.from(`\n${row(24)}\n`),
    ]);
    await expectRefused(latin1, 400, { line: 4, field: null, message: /not UTF-8/ });
    await expectRefused(Buffer.concat([Buffer.from(csv(row(21))), Buffer.from([0xe2, 0x82])]), 400, {
      line: 3,
      message: /not UTF-8/,
    });
    await expectRefused('', 400, { line: 1, field: null, message: /the file is empty/ });
    await expectRefused(`${HEADER}\n`, 400, { line: 2, message: /no rows after the header/ });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(row(26)))]);
    expect((await post(withBom)).status).toBe(200);
  });

  it('refuses a 200 MB line as soon as the row passes the longest allowed, reading little of it', async () => {
    const before = await snapshotDatabase(databaseUrl);
    let sent = 0;
    async function* hugeLine() {
      yield Buffer.from(csv(row(27)));
      const megabyte = Buffer.alloc(1024 * 1024, 'x');
      for (; sent < 200 * 1024 * 1024; sent += megabyte.length) yield megabyte;
    }
    const refusal = await importObservationsCsv(hugeLine(), { databaseUrl, viewer: admin, asDraft: false }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(CsvImportError);
    expect((refusal as CsvImportError).problems).toEqual([
      { line: 3, field: null, message: expect.stringMatching(/longer than 100000 characters/) },
    ]);
    expect(sent).toBeLessThan(4 * 1024 * 1024);

    // Over HTTP, the answer comes while the client is still sending, and the connection closes.
    const { status, body, written } = await new Promise<{ status: number; body: string; written: number }>(
      (resolve, reject) => {
        let bytes = 0;
        const outgoing = request(
          endpoint,
          { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${secrets.admin}` } },
          (response) => {
            let text = '';
            response.on('data', (chunk: Buffer) => (text += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode!, body: text, written: bytes }));
          },
        );
        outgoing.on('error', () => undefined);
        const chunk = Buffer.alloc(1024 * 1024, 'x');
        const pump = () => {
          while (bytes < 200 * 1024 * 1024 && !outgoing.destroyed) {
            bytes += chunk.length;
            if (!outgoing.write(chunk)) return void outgoing.once('drain', pump);
          }
          outgoing.end();
        };
        outgoing.write(csv(row(27)));
        pump();
        setTimeout(() => reject(new Error('no answer within 30 s')), 30_000).unref();
      },
    );
    expect(status).toBe(400);
    expect((JSON.parse(body) as ImportErrorBody).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      line: 3,
      field: null,
    });
    // The answer came before the client had sent it all (how far it got depends on the machine's load).
    expect(written).toBeLessThan(200 * 1024 * 1024);
    expect(await snapshotDatabase(databaseUrl)).toEqual(before);
  });

  it('lets a REPORTER import for its municipality only, and refuses requests without a good token, of another role or not in text/csv', async () => {
    const outside = await expectRefused(
      csv(row(28), row(28, 5, { municipality: '1902' }), row(28, 5, { municipality: '' })),
      403,
      { code: 'FORBIDDEN', line: 3, field: 'municipality' },
      'reporter',
    );
    expect(outside.map((error) => `${error.extensions.line}:${error.extensions.field}`)).toEqual([
      '3:municipality',
      '4:country',
    ]);
    expect(outside[0].message).toBe(
      'line 3, municipality: NO "1902" is outside the municipalities this token reports for.',
    );

    const own = await post(csv(row(28)), 'reporter', '?draft=true');
    expect(await own.json()).toEqual({ received: 1, created: 1, updated: 0, unchanged: 0 });
    const [stored] = await hub.orm.em
      .fork()
      .execute<{ review_status: string }[]>(`select review_status from observation where period_start = '1990-01-28'`);
    expect(stored.review_status).toBe('DRAFT');

    const before = await snapshotDatabase(databaseUrl);
    const refusals = [
      [await post(csv(row(29)), null), 401, 'UNAUTHENTICATED'],
      [
        await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'text/csv', authorization: 'Bearer hub_unknown' },
          body: csv(row(29)),
        }),
        401,
        'UNAUTHENTICATED',
      ],
      [await post(csv(row(29)), 'viewer'), 403, 'FORBIDDEN'],
      [await post(csv(row(29)), 'admin', '', 'application/json'), 415, 'BAD_USER_INPUT'],
      [await post(csv(row(29)), 'admin', '', 'text/csv; charset=latin1'), 415, 'BAD_USER_INPUT'],
      [await post(csv(row(29)), 'admin', '?draft=maybe'), 400, 'BAD_USER_INPUT'],
      [await fetch(endpoint, { headers: { authorization: `Bearer ${secrets.admin}` } }), 405, 'BAD_USER_INPUT'],
    ] as const;
    for (const [response, status, code] of refusals) {
      expect(response.status).toBe(status);
      expect(((await response.json()) as ImportErrorBody).errors[0].extensions.code).toBe(code);
    }
    expect(await snapshotDatabase(databaseUrl)).toEqual(before);
  });

  it('refuses a file over IMPORT_MAX_BYTES with 413, by its length or while it streams', async () => {
    const settings = serverSettingsFromEnv();
    const small = await initTestHub(databaseUrl, {
      ...settings,
      limits: { ...settings.limits, importMaxBytes: 2_000 },
    });
    try {
      const url = (await small.listen()).replace(/\/graphql$/, '/import/observations');
      const before = await snapshotDatabase(databaseUrl);
      const body = csv(...Array.from({ length: 40 }, (_, index) => row(index + 1)));
      expect(body.length).toBeGreaterThan(2_000);
      const declared = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${secrets.admin}` },
        body,
      });
      expect(declared.status).toBe(413);
      const streamed = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${secrets.admin}` },
        body: new ReadableStream({
          start: (controller) => (controller.enqueue(new TextEncoder().encode(body)), controller.close()),
        }),
        duplex: 'half',
      });
      expect(streamed.status).toBe(413);
      expect(((await streamed.json()) as ImportErrorBody).errors[0]).toEqual({
        message: 'The CSV file is larger than 2000 bytes (IMPORT_MAX_BYTES).',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(await snapshotDatabase(databaseUrl)).toEqual(before);
    } finally {
      await small.close();
    }
  });

  it('writes nothing when the client disconnects half-way through the upload', async () => {
    const before = await snapshotDatabase(databaseUrl);
    const outgoing = request(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${secrets.admin}` },
    });
    outgoing.on('error', () => undefined);
    outgoing.write(
      csv(
        ...Array.from({ length: 5_000 }, (_, index) =>
          row(1, index).replace('1990-01-01,1990-01-01', `1991-01-01,${1991 + index}-12-31`),
        ),
      ),
    );
    const deadline = Date.now() + 20_000;
    while ((await importCount()) === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await importCount()).toBe(1);
    outgoing.destroy();
    while ((await importCount()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await importCount()).toBe(0);
    expect(await snapshotDatabase(databaseUrl)).toEqual(before);
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const leftovers = await client.query(`select count(*)::int as n from pg_class where relname = 'import_row'`);
    await client.end();
    expect(leftovers.rows[0].n).toBe(0);
  });
});
