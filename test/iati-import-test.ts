import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { MAX_ELEMENT_DEPTH } from '../src/import/iati-results';
import { toGlobalId } from '../src/schema/global-id';
import { seedDatabase } from '../src/seed/seed-database';
import { initScratchHub, type TestHub } from './support/test-hub';

const IDENTIFIERS = `update organisation set iati_identifier = case code when 'SALAR' then 'SE-TEST-SALAR' when 'NO_BLD' then 'NO-TEST-BLD' end where code in ('SALAR', 'NO_BLD')`;
const PROGRAMMES = ['HAJ', 'NO_LIKESTILTE_KOMMUNER'];

/** A programme's values as the API reads them, without their sources (an IATI file carries only links). */
const VALUES = /* GraphQL */ `
  query ($code: String!) {
    programme(code: $code) {
      results {
        indicator {
          code
        }
        baseline {
          value
          periodStart
          periodEnd
        }
        target {
          value
          periodStart
          periodEnd
        }
        latestActual {
          value
          periodStart
          periodEnd
        }
        progress
      }
      observations(first: 100) {
        nodes {
          indicator {
            code
          }
          kind
          sex
          role
          periodStart
          periodEnd
          value
        }
      }
    }
  }
`;

interface World {
  hub: TestHub;
  origin: string;
  admin: string;
}

async function world(): Promise<World> {
  const hub = await initScratchHub();
  await seedDatabase(hub.orm.em.fork());
  await hub.orm.em.fork().execute(IDENTIFIERS);
  const admin = (await createApiToken(hub.orm.em.fork(), { name: 'admin', role: Role.ADMIN })).secret;
  return { hub, origin: (await hub.listen()).replace(/\/graphql$/, ''), admin };
}

async function values(hub: TestHub, code: string) {
  const { data, errors } = await hub.query<{ programme: { results: unknown[]; observations: { nodes: object[] } } }>(
    VALUES,
    { code },
  );
  expect(errors).toBeUndefined();
  const observations = data!.programme.observations.nodes.map((node) => JSON.stringify(node)).sort();
  return { results: data!.programme.results, observations };
}

describe('IATI import of results', () => {
  let source: World;
  let target: World;

  async function post(body: string, secret: string, type = 'application/xml') {
    const response = await fetch(`${target.origin}/import/iati`, {
      method: 'POST',
      headers: { 'content-type': type, authorization: `Bearer ${secret}` },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  beforeAll(async () => {
    [source, target] = await Promise.all([world(), world()]);
    // Values split by sex beside the seeded totals, so the round trip carries dimensions too.
    const [{ id: haj }] = await source.hub.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from programme where code = 'HAJ'`);
    const cell = { indicator: 'GENDER_TRAINING_PARTICIPANTS', scope: toGlobalId('Programme', haj) };
    const submitted = await source.hub.query(
      'mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { created } }',
      {
        rows: [
          { ...cell, periodStart: '2008-01-01', periodEnd: '2008-12-31', kind: 'BASELINE', value: 0 },
          { ...cell, periodStart: '2012-01-01', periodEnd: '2012-12-31', kind: 'TARGET', sex: 'FEMALE', value: 600 },
          { ...cell, periodStart: '2012-01-01', periodEnd: '2012-12-31', kind: 'ACTUAL', sex: 'FEMALE', value: 700 },
          { ...cell, periodStart: '2012-01-01', periodEnd: '2012-12-31', kind: 'ACTUAL', sex: 'MALE', value: 300 },
          {
            ...cell,
            periodStart: '2012-01-01',
            periodEnd: '2012-12-31',
            kind: 'ACTUAL',
            role: 'POLITICIAN',
            value: 50,
          },
        ],
      },
      { key: 'test:admin', tokenId: null, role: Role.ADMIN, organisationIds: [], municipalityIds: [] },
    );
    expect(submitted.errors).toBeUndefined();
    await source.hub.orm.em.fork().execute(`update observation set review_status = 'APPROVED'`);
    // The target hub holds the same records, without the programmes' values.
    await target.hub.orm.em.fork().execute(`delete from observation where scope_kind = 'PROGRAMME'`);
  }, 120_000);
  afterAll(async () => {
    await source?.hub.close();
    await target?.hub.close();
  });

  it('reads HåJ and Likestilte kommuner back from their IATI files into an empty hub with the same results', async () => {
    for (const code of PROGRAMMES) {
      const exported = await fetch(`${source.origin}/iati/activities.xml?programme=${code}`, {
        headers: { authorization: `Bearer ${source.admin}` },
      });
      expect(exported.status).toBe(200);
      const file = await exported.text();
      const before = await values(source.hub, code);
      const imported = await post(file, target.admin);
      expect(imported.status).toBe(200);
      expect(imported.body).toEqual({
        received: before.observations.length,
        created: before.observations.length,
        updated: 0,
        unchanged: 0,
      });
      // A second import of the same file changes nothing.
      expect((await post(file, target.admin)).body).toMatchObject({ created: 0, updated: 0 });
      await target.hub.orm.em.fork().execute(`update observation set review_status = 'APPROVED'`);
      expect(await values(target.hub, code)).toEqual(before);
    }
    expect((await values(target.hub, 'HAJ')).observations).toHaveLength(12);
  });

  it('refuses a file with problems as a whole, naming each problem by line and element path', async () => {
    const count = async () =>
      (await target.hub.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from observation'))[0].n;
    const before = await count();
    const file = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<iati-activities version="2.03">',
      ' <iati-activity><iati-identifier>SE-TEST-SALAR-HAJ</iati-identifier>',
      '  <result type="1"><indicator measure="1"><reference vocabulary="99" code="NO_SUCH_INDICATOR"/>',
      '   <period><period-start iso-date="2012-01-01"/><period-end iso-date="2012-12-31"/>',
      '    <actual value="5"/>',
      '    <actual value="x"/>',
      '    <actual value="7"><dimension name="sex" value="other"/></actual>',
      '   </period></indicator></result></iati-activity>',
      ' <iati-activity><iati-identifier>XX-NOBODY-P</iati-identifier>',
      '  <result type="1"><indicator measure="1"><reference vocabulary="99" code="INITIATIVES_FUNDED"/>',
      '   <baseline year="2010" value="3"/><baseline year="20x0" value="3"/></indicator></result></iati-activity>',
      '</iati-activities>',
    ].join('\n');
    const answer = await post(file, target.admin);
    expect(answer.status).toBe(400);
    const path = '/iati-activities[1]/iati-activity[1]/result[1]/indicator[1]/period[1]';
    expect(
      answer.body.errors.map((error: any) => [error.extensions.line, error.extensions.field, error.message]),
    ).toEqual([
      [6, `${path}/actual[1]`, `line 6, ${path}/actual[1]: no indicator has the code "NO_SUCH_INDICATOR".`],
      [7, `${path}/actual[2]`, `line 7, ${path}/actual[2]: value "x" is not a number.`],
      [7, `${path}/actual[2]`, `line 7, ${path}/actual[2]: no indicator has the code "NO_SUCH_INDICATOR".`],
      [
        8,
        `${path}/actual[3]/dimension[1]`,
        `line 8, ${path}/actual[3]/dimension[1]: sex "other" is neither female nor male.`,
      ],
      [8, `${path}/actual[3]`, `line 8, ${path}/actual[3]: no indicator has the code "NO_SUCH_INDICATOR".`],
      // Problems found while reading come before those the hub's data shows, line by line.
      [
        12,
        '/iati-activities[1]/iati-activity[2]/result[1]/indicator[1]/baseline[2]',
        expect.stringContaining('year "20x0" is not a year.'),
      ],
      [
        12,
        '/iati-activities[1]/iati-activity[2]/result[1]/indicator[1]/baseline[1]',
        expect.stringContaining('no programme or initiative of the hub has the iati-identifier "XX-NOBODY-P"'),
      ],
    ]);
    expect(await count()).toBe(before);
    const broken = await post('<iati-activities version="2.03"><iati-activity></iati-activities>', target.admin);
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].message).toContain('not well-formed XML');
    const other = await post('<x/>', target.admin);
    expect(other.status).toBe(400);
    expect(other.body.errors[0].message).toBe("line 1, /x[1]: the file's root is <x>, not <iati-activities>.");
    expect((await post('<x/>', target.admin, 'text/csv')).status).toBe(415);
  });

  it('refuses a file nested deeper than an IATI file can be at once, whatever its size (each open element costs memory)', async () => {
    const deep = `<iati-activities version="2.03">${'<a>'.repeat(1_000_000)}`;
    const answer = await post(deep, target.admin);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors[0].extensions.line).toBe(1);
    expect(answer.body.errors[0].message).toMatch(
      new RegExp(
        `^line 1, /iati-activities\\[1\\](/a\\[1\\]){${MAX_ELEMENT_DEPTH - 1}}: elements are nested more than ${MAX_ELEMENT_DEPTH} deep`,
      ),
    );
  });

  it("holds a REPORTER to its municipalities: a programme's results are FORBIDDEN to it, and nothing is written", async () => {
    const [{ id: bergen }] = await target.hub.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from municipality where country_code = 'NO' and code = '1201'`);
    const reporter = (
      await createApiToken(target.hub.orm.em.fork(), { name: 'Bergen', role: Role.REPORTER, municipalityIds: [bergen] })
    ).secret;
    const file = await (
      await fetch(`${source.origin}/iati/activities.xml?programme=NO_LIKESTILTE_KOMMUNER`, {
        headers: { authorization: `Bearer ${source.admin}` },
      })
    ).text();
    const answer = await post(file, reporter);
    expect(answer.status).toBe(403);
    expect(answer.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(answer.body.errors[0].message).toContain('the activity "NO-TEST-BLD-NO_LIKESTILTE_KOMMUNER" is outside');
  });
});
