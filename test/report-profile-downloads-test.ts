import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { COMPARISONS_OPERATION } from '../src/export/tables/municipality-comparisons';
import { seedDatabase } from '../src/seed/seed-database';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { csvRows, download, sheetRows, workbook } from './support/export-files';
import { generateBenchmarkCountry, generateBenchmarkIndicators } from './support/generated-benchmark-data';
import { initScratchHub, initTestHub, type TestHub } from './support/test-hub';

/** A page of one of a municipality's connections, as the tests below read it. */
type Connection<Field extends string, Node> = {
  municipality: Record<Field, { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] }>;
};

/** Every node of a connection, read a page at a time by `page`. */
async function allPages<Node>(
  page: (
    after: string | null,
  ) => Promise<{ pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] }>,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  do {
    const { pageInfo, nodes: more } = await page(after);
    nodes.push(...more);
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** A value over time as the tests below read it. */
interface ValueNode {
  indicator: { code: string };
  periodStart: string;
  periodEnd: string;
  sex: string;
  value: number;
}

/** A cell as CSV writes it: empty for null. */
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

describe("Downloads of a programme report's funders, implementers and municipalities (seeded hub)", () => {
  let hub: TestHub;
  let origin: string;
  beforeAll(async () => {
    hub = await initTestHub();
    origin = new URL(await hub.listen()).origin;
  });
  afterAll(() => hub.close());

  it('funders: CSV and XLSX hold what the report shows, the amount a number in XLSX', async () => {
    const { data } = await hub.query(
      `{ programme(code: "HAJ") { funders { funder { code nameEn } amount { amount currency } } } }`,
    );
    const funders = data!.programme.funders;
    expect(funders.length).toBeGreaterThan(0);
    const csv = await csvRows(origin, '/export/programme-funders.csv?code=HAJ');
    expect(csv.map((row) => [row['Funder code'], row.Funder, row.Amount, row.Currency, row['Amount note']])).toEqual(
      funders.map((funding: any) => [
        funding.funder.code,
        funding.funder.nameEn,
        text(funding.amount?.amount),
        text(funding.amount?.currency),
        '',
      ]),
    );
    expect(csv[0]?.Amount).toBe('25000000');
    const rows = sheetRows(await workbook(origin, '/export/programme-funders.xlsx?code=HAJ'), 'Funders');
    expect(rows.map((row) => row[3] ?? null)).toEqual(funders.map((funding: any) => funding.amount?.amount ?? null));
    expect(typeof rows[0]?.[3]).toBe('number');
  });

  it('implementers: each organisation with its role, in the order of the report', async () => {
    const { data } = await hub.query(
      `{ programme(code: "SE_RS_EU_ACCESSION") { implementers { role organisation { code nameEn } } } }`,
    );
    const implementers = data!.programme.implementers;
    expect(implementers.length).toBeGreaterThan(1);
    const csv = await csvRows(origin, '/export/programme-implementers.csv?code=SE_RS_EU_ACCESSION');
    expect(csv.map((row) => [row['Organisation code'], row.Organisation, row.Role])).toEqual(
      implementers.map((implementer: any) => [
        implementer.organisation.code,
        implementer.organisation.nameEn,
        implementer.role,
      ]),
    );
    const rows = sheetRows(
      await workbook(origin, '/export/programme-implementers.xlsx?code=SE_RS_EU_ACCESSION'),
      'Implementers',
    );
    expect(rows.map((row) => row[3])).toEqual(implementers.map((implementer: any) => implementer.role));
  });

  it('participating municipalities: each with its grant, codes kept as text', async () => {
    const { data } = await hub.query(
      `{ programme(code: "NO_LIKESTILTE_KOMMUNER") { participants { municipality { code nameLocal country { code } } grant { amount currency } } } }`,
    );
    const participants = data!.programme.participants;
    expect(participants.length).toBeGreaterThan(10);
    const csv = await csvRows(origin, '/export/programme-municipalities.csv?code=NO_LIKESTILTE_KOMMUNER');
    expect(
      csv.map((row) => [row['Country code'], row['Municipality code'], row.Municipality, row.Grant, row.Currency]),
    ).toEqual(
      participants.map((participant: any) => [
        participant.municipality.country.code,
        text(participant.municipality.code),
        participant.municipality.nameLocal,
        text(participant.grant?.amount),
        text(participant.grant?.currency),
      ]),
    );
    const rows = sheetRows(
      await workbook(origin, '/export/programme-municipalities.xlsx?code=NO_LIKESTILTE_KOMMUNER'),
      'Municipalities',
    );
    expect(rows.map((row) => [row[1], row[4] ?? null])).toEqual(
      participants.map((participant: any) => [participant.municipality.code, participant.grant?.amount ?? null]),
    );
    expect(rows.some((row) => row[1] === '0501')).toBe(true);
  });

  it("a municipality's programmes: each with its grant, as the profile shows them", async () => {
    const { data } = await hub.query(
      `{ municipality(country: "NO", code: "1201") { programmeParticipations { programme { code nameEn } grant { amount currency } } } }`,
    );
    const participations = data!.municipality.programmeParticipations;
    expect(participations.length).toBeGreaterThan(0);
    const csv = await csvRows(origin, '/export/municipality-programmes.csv?country=NO&code=1201');
    expect(csv.map((row) => [row['Programme code'], row.Programme, row.Grant, row.Currency])).toEqual(
      participations.map((participation: any) => [
        participation.programme.code,
        participation.programme.nameEn,
        text(participation.grant?.amount),
        text(participation.grant?.currency),
      ]),
    );
    const rows = sheetRows(
      await workbook(origin, '/export/municipality-programmes.xlsx?country=NO&code=1201'),
      'Programmes',
    );
    expect(rows.map((row) => row[3] ?? null)).toEqual(
      participations.map((participation: any) => participation.grant?.amount ?? null),
    );
  });

  it("a programme's values over time: every value beside the report's charts, kind and sex apart, each with its source", async () => {
    const values = await allPages(async (after) => {
      const { data } = await hub.query(
        `query ($after: String) { programme(code: "HAJ") { observations(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { indicator { code } kind periodStart periodEnd sex value source { title } } } } }`,
        { after },
      );
      return data!.programme.observations;
    });
    expect(values.length).toBeGreaterThan(5);
    const csv = await csvRows(origin, '/export/programme-values.csv?code=HAJ');
    expect(
      csv.map((row) => [
        row['Indicator code'],
        row.Kind,
        row['Period start'],
        row['Period end'],
        row.Sex,
        row.Value,
        row.Source,
      ]),
    ).toEqual(
      values.map((value: any) => [
        value.indicator.code,
        value.kind,
        value.periodStart,
        value.periodEnd,
        value.sex,
        text(value.value),
        text(value.source?.title),
      ]),
    );
    const book = await workbook(origin, '/export/programme-values.xlsx?code=HAJ');
    const rows = sheetRows(book, 'Values');
    expect(rows.map((row) => row[7])).toEqual(values.map((value: any) => value.value));
    expect(rows.every((row) => row[4] instanceof Date)).toBe(true);
    expect(sheetRows(book, 'Sources').length).toBeGreaterThan(0);
  });

  it.each([
    ['/export/programme-funders.csv', "The parameter 'code' is required."],
    [
      '/export/programme-implementers.xlsx?code=bad%20code',
      `The parameter 'code' must be a code (letters, digits, ".", "_", ":", "-"); it is 'bad code'.`,
    ],
    [
      '/export/programme-municipalities.csv?code=%3DHAJ',
      `The parameter 'code' must be a code (letters, digits, ".", "_", ":", "-"); it is '=HAJ'.`,
    ],
    ['/export/municipality-programmes.csv?code=1201', "The parameter 'country' is required."],
    [
      '/export/municipality-initiatives.csv?country=norway&code=1201',
      "The parameter 'country' must be a country's two-letter code, such as NO; it is 'norway'.",
    ],
    ['/export/municipality-results.xlsx?country=NO', "The parameter 'code' is required."],
    [
      '/export/municipality-values.csv?country=NO&code=12%2001',
      `The parameter 'code' must be a code (letters, digits, ".", "_", ":", "-"); it is '12 01'.`,
    ],
  ])('%s is 400 with its reason', async (path, message) => {
    const { status, body } = await download(origin, path);
    expect(status).toBe(400);
    expect(JSON.parse(body.toString()).errors[0].message).toBe(message);
  });

  it('a programme or municipality the hub does not hold is 404, before any byte of a file', async () => {
    for (const path of [
      '/export/programme-funders.csv?code=NO_SUCH',
      '/export/programme-municipalities.xlsx?code=NO_SUCH',
      '/export/municipality-results.csv?country=NO&code=9999',
      '/export/municipality-values.xlsx?country=NO&code=9999',
    ]) {
      const { status, type } = await download(origin, path);
      expect(status, path).toBe(404);
      expect(type).toContain('application/json');
    }
  });
});

describe('Downloads that follow the read rules and page through connections (scratch hub)', () => {
  let hub: TestHub;
  let origin: string;
  let adminSecret: string;
  beforeAll(async () => {
    hub = await initScratchHub();
    const em = hub.orm.em.fork();
    await seedDatabase(em);
    adminSecret = (await createApiToken(hub.orm.em.fork(), { name: 'admin', role: Role.ADMIN })).secret;
    await hub.orm.em.fork().execute(`update programme set budget_published = false where code = 'HAJ'`);
    // Bergen takes part in 130 initiatives of Likestilte kommuner: two pages of the connection.
    await hub.orm.em.fork().execute(
      `insert into initiative (programme_id, code, name_en)
         select p.id, 'BERGEN-' || lpad(n::text, 3, '0'), 'Initiative ' || n || ' in Bergen'
         from programme p, generate_series(1, 130) n where p.code = 'NO_LIKESTILTE_KOMMUNER';
       insert into initiative_municipality (initiative_id, municipality_id)
         select i.id, m.id from initiative i, municipality m
         where i.code like 'BERGEN-%' and m.country_code = 'NO' and m.code = '1201'`,
    );
    origin = new URL(await hub.listen()).origin;
  });
  afterAll(() => hub.close());

  it('an unpublished budget keeps its funding amounts out of an anonymous download, and says so; ADMIN reads them', async () => {
    const page = await hub.query(`{ programme(code: "HAJ") { funders { funder { code } amount { amount } } } }`);
    expect(page.data!.programme.funders[0].amount).toBeNull();
    expect(page.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await csvRows(origin, '/export/programme-funders.csv?code=HAJ');
    expect(anonymous.map((row) => [row['Funder code'], row.Amount, row.Currency, row['Amount note']])).toEqual([
      ['GOV_SE', '', '', 'Not published'],
    ]);
    const anonymousBook = await download(origin, '/export/programme-funders.xlsx?code=HAJ');
    expect(anonymousBook.status).toBe(200);
    expect(anonymousBook.body.includes(Buffer.from('25000000'))).toBe(false);
    const admin = await csvRows(origin, '/export/programme-funders.csv?code=HAJ', adminSecret);
    expect(admin.map((row) => [row['Funder code'], row.Amount, row.Currency, row['Amount note']])).toEqual([
      ['GOV_SE', '25000000', 'EUR', ''],
    ]);
    const adminRows = sheetRows(
      await workbook(origin, '/export/programme-funders.xlsx?code=HAJ', adminSecret),
      'Funders',
    );
    expect(adminRows[0]?.[3]).toBe(25000000);
  });

  it("a programme's value without a source is written with empty source cells, not refused", async () => {
    const em = hub.orm.em.fork();
    // A value recorded without its source (the column allows it): HåJ's 88 initiatives, for this test only.
    const [value] = await em.execute<{ id: number; source_id: number }[]>(
      `select o.id, o.source_id from observation o join indicator i on i.id = o.indicator_id
       join programme p on p.id = o.programme_id
       where p.code = 'HAJ' and i.code = 'INITIATIVES_FUNDED' and o.kind = 'ACTUAL' limit 1`,
    );
    await em.execute(`update observation set source_id = null where id = ?`, [value.id]);
    try {
      const results = await csvRows(origin, '/export/programme-results.csv?code=HAJ', adminSecret);
      const row = results.find((each) => each['Indicator code'] === 'INITIATIVES_FUNDED');
      expect([row?.['Latest actual'], row?.['Latest actual: source']]).toEqual(['88', '']);
      const figures = await csvRows(origin, '/export/programme-computed-figures.csv?code=HAJ', adminSecret);
      const figure = figures.find((each) => each.Figure === 'INITIATIVE_COUNT');
      expect([figure?.Reported, figure?.['Source of the reported figure']]).toEqual(['88', '']);
      expect((await download(origin, '/export/programme-results.xlsx?code=HAJ', adminSecret)).status).toBe(200);
    } finally {
      await em.execute(`update observation set source_id = ? where id = ?`, [value.source_id, value.id]);
    }
  });

  it("a municipality's initiatives past the first page come whole, in the order of the connection", async () => {
    const codes = (
      await allPages(async (after) => {
        const { data } = await hub.query<Connection<'initiatives', { code: string }>>(
          `query ($after: String) { municipality(country: "NO", code: "1201") { initiatives(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { code programme { code } } } } }`,
          { after },
        );
        return data!.municipality.initiatives;
      })
    ).map((node) => node.code);
    expect(codes.length).toBe(130);
    const csv = await csvRows(origin, '/export/municipality-initiatives.csv?country=NO&code=1201');
    expect(csv.map((row) => row['Initiative code'])).toEqual(codes);
    expect(csv.every((row) => row['Programme code'] === 'NO_LIKESTILTE_KOMMUNER')).toBe(true);
    const rows = sheetRows(
      await workbook(origin, '/export/municipality-initiatives.xlsx?country=NO&code=1201'),
      'Initiatives',
    );
    expect(rows.map((row) => row[0])).toEqual(codes);
  });
});

describe("Downloads of a municipality's results and values (generated values)", () => {
  let hub: TestHub;
  let origin: string;
  let code: string;
  beforeAll(async () => {
    // The public response cache on, as in production: a download's pages must stay out of it.
    hub = await initScratchHub(serverSettingsFromEnv({ RESPONSE_CACHE_SECONDS: '30' }));
    const em = hub.orm.em.fork();
    const country = await generateBenchmarkCountry(em, await generateBenchmarkIndicators(em), {
      code: 'RS',
      count: 5,
      seed: 3,
    });
    code = country.municipalities[0].code;
    origin = new URL(await hub.listen()).origin;
  });
  afterAll(() => hub?.close());

  it('results: each indicator with its latest actual value, target and progress, as the profile shows them', async () => {
    const { data } = await hub.query(
      `query ($code: String!) { municipality(country: "RS", code: $code) { results { indicator { code } latestActual { value periodEnd } target { value } progress } } }`,
      { code },
    );
    const results = data!.municipality.results;
    expect(results.length).toBeGreaterThan(0);
    const path = `/export/municipality-results.{ext}?country=RS&code=${code}`;
    const csv = await csvRows(origin, path.replace('{ext}', 'csv'));
    expect(
      csv.map((row) => [
        row['Indicator code'],
        row['Latest actual'],
        row['Latest actual: period end'],
        row.Target,
        row.Progress,
      ]),
    ).toEqual(
      results.map((result: any) => [
        result.indicator.code,
        text(result.latestActual?.value),
        text(result.latestActual?.periodEnd),
        text(result.target?.value),
        text(result.progress),
      ]),
    );
    const rows = sheetRows(await workbook(origin, path.replace('{ext}', 'xlsx')), 'Results');
    expect(rows.map((row) => row[3] ?? null)).toEqual(results.map((result: any) => result.latestActual?.value ?? null));
    expect(rows.some((row) => typeof row[3] === 'number')).toBe(true);
  });

  it('values: every actual value over time, women and men apart, in the order of the connection', async () => {
    const values = await allPages(async (after) => {
      const { data } = await hub.query<Connection<'observations', ValueNode>>(
        `query ($code: String!, $after: String) { municipality(country: "RS", code: $code) { observations(first: 100, after: $after, filter: { kind: ACTUAL }) { pageInfo { hasNextPage endCursor } nodes { indicator { code } periodStart periodEnd sex value } } } }`,
        { code, after },
      );
      return data!.municipality.observations;
    });
    expect(values.length).toBeGreaterThan(0);
    const path = `/export/municipality-values.{ext}?country=RS&code=${code}`;
    const csv = await csvRows(origin, path.replace('{ext}', 'csv'));
    expect(
      csv.map((row) => [row['Indicator code'], row['Period start'], row['Period end'], row.Sex, Number(row.Value)]),
    ).toEqual(
      values.map((value) => [value.indicator.code, value.periodStart, value.periodEnd, value.sex, value.value]),
    );
    const rows = sheetRows(await workbook(origin, path.replace('{ext}', 'xlsx')), 'Values');
    expect(rows.map((row) => row[6])).toEqual(values.map((value) => value.value));
    expect(rows.every((row) => row[3] instanceof Date)).toBe(true);
  });

  it("beside the country: each indicator's value, quartiles, median and place by year, numbers as numbers; one indicator's table alone", async () => {
    const { data } = await hub.query(
      `query ($code: String!) { municipality(country: "RS", code: $code) { countryComparisons { indicator { code nameEn unit } year value lowerQuartile median upperQuartile rank municipalitiesWithValue } } }`,
      { code },
    );
    const comparisons = data!.municipality.countryComparisons;
    expect(comparisons.length).toBeGreaterThan(1);
    const numbers = (row: any) => [
      row.year,
      row.value,
      row.lowerQuartile,
      row.median,
      row.upperQuartile,
      row.rank ?? null,
      row.municipalitiesWithValue,
    ];
    const path = `/export/municipality-comparisons.{ext}?country=RS&code=${code}`;
    const csv = await csvRows(origin, path.replace('{ext}', 'csv'));
    expect(
      csv.map((row) => [
        row['Indicator code'],
        row.Indicator,
        row.Unit,
        row.Year,
        row['Municipality value'],
        row['Country lower quartile'],
        row['Country median'],
        row['Country upper quartile'],
        row['Place in the country'],
        row['Municipalities with a value'],
      ]),
    ).toEqual(
      comparisons.map((row: any) => [
        row.indicator.code,
        row.indicator.nameEn,
        row.indicator.unit,
        ...numbers(row).map(text),
      ]),
    );
    expect(csv.every((row) => row.Source.startsWith('Programme monitoring hub: computed from'))).toBe(true);
    const book = await workbook(origin, path.replace('{ext}', 'xlsx'));
    const rows = sheetRows(book, 'Beside the country');
    expect(rows.map((row) => [row[0], ...Array.from(row.slice(3, 10), (cell) => cell ?? null)])).toEqual(
      comparisons.map((row: any) => [row.indicator.code, ...numbers(row)]),
    );
    expect(rows.every((row) => typeof row[4] === 'number' && typeof row[6] === 'number')).toBe(true);
    const sources = sheetRows(book, 'Sources');
    const indicators = [...new Set(comparisons.map((row: any) => row.indicator.code))];
    expect(sources.map((row) => String(row[2]).split(' ')[0])).toEqual(indicators);

    const one = comparisons[comparisons.length - 1].indicator.code;
    const alone = await csvRows(origin, `${path.replace('{ext}', 'csv')}&indicator=${one}`);
    expect(alone.map((row) => [row['Indicator code'], row.Year])).toEqual(
      comparisons.filter((row: any) => row.indicator.code === one).map((row: any) => [one, text(row.year)]),
    );
  });

  it('beside the country: a bad indicator code is 400, an unknown municipality 404', async () => {
    const bad = await download(origin, `/export/municipality-comparisons.csv?country=RS&code=${code}&indicator=%3D1`);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).errors[0].message).toBe(
      `The parameter 'indicator' must be a code (letters, digits, ".", "_", ":", "-"); it is '=1'.`,
    );
    expect((await download(origin, '/export/municipality-comparisons.xlsx?country=RS&code=NO_SUCH')).status).toBe(404);
  });

  it('writes no page of an anonymous download to the public response cache (the same query on /graphql runs afresh)', async () => {
    const variables = { country: 'RS', code };
    expect((await download(origin, `/export/municipality-comparisons.csv?country=RS&code=${code}`)).status).toBe(200);
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: COMPARISONS_OPERATION, variables }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=30, public');
    // An answer taken from the cache carries its age.
    expect(response.headers.get('age')).toBeNull();
    const again = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: COMPARISONS_OPERATION, variables }),
    });
    expect(again.headers.get('age')).not.toBeNull();
  });
});
