import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

const SUBMIT = 'mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { received created } }';
const archive = (type: string) =>
  `mutation ($id: ID!, $version: Int!) { archive${type}(id: $id, version: $version) { version archivedAt } }`;
const create = (type: string) => `mutation ($input: ${type}Input!) { create${type}(input: $input) { id version } }`;

describe('archived records and the rows around them', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);
  const observationCount = async () =>
    Number((await rows<{ n: string }>('select count(*) as n from observation'))[0].n);
  /** Runs a mutation as ADMIN and returns its one field, failing on errors. */
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const result = await hub.query(query, variables, viewers.admin);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>;
  };
  const row = (indicator: string, scope: string) => ({
    indicator,
    scope,
    periodStart: '2040-01-01',
    periodEnd: '2040-12-31',
    kind: 'ACTUAL',
    value: 1,
  });

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
  });
  afterAll(() => hub.close());

  it('refuses values for an archived scope or indicator of every kind, as if it did not exist', async () => {
    const organisation = await ok(create('Organisation'), { input: { code: 'GONE-ORG', nameEn: 'Gone', kind: 'NGO' } });
    const municipality = await ok(create('Municipality'), {
      input: { country: 'SE', code: '0900', nameLocal: 'Gone', kind: 'MUNICIPALITY' },
    });
    const programme = await ok(create('Programme'), { input: { code: 'GONE-P', nameEn: 'Gone' } });
    const live = await ok(create('Programme'), { input: { code: 'LIVE-P', nameEn: 'Live' } });
    const initiative = await ok(create('Initiative'), {
      input: { programme: live.id, code: 'GONE-I', nameEn: 'Gone' },
    });
    const activity = await ok(create('Activity'), { input: { code: 'GONE-A', kind: 'SEMINAR', nameEn: 'Gone' } });
    const scopes = {
      Organisation: organisation,
      Municipality: municipality,
      Programme: programme,
      Initiative: initiative,
      Activity: activity,
    };
    for (const [type, record] of Object.entries(scopes))
      await ok(archive(type), { id: record.id, version: record.version });
    await rows(`insert into indicator (code, name_en, unit, level, direction, aggregation, computation, archived_at)
      values ('GONE-IND', 'Gone', 'COUNT', 'OUTPUT', 'NEUTRAL', 'SUM', 'REPORTED', now())`);

    const before = await observationCount();
    const batch = [...Object.values(scopes).map((record) => row('TRAINED', record.id)), row('GONE-IND', live.id)];
    const result = await hub.query(SUBMIT, { rows: batch }, viewers.admin);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'rows' });
    expect(result.errors![0].extensions!.rows).toEqual([
      ...Object.values(scopes).map((record, index) => ({
        index,
        field: 'scope',
        reason: `nothing has the id ${record.id}.`,
      })),
      { index: 5, field: 'indicator', reason: 'no indicator has the code "GONE-IND".' },
    ]);
    expect(await observationCount()).toBe(before);
    // The same rows for live records are taken.
    const taken = await hub.query(SUBMIT, { rows: [row('TRAINED', live.id)] }, viewers.admin);
    expect(taken.data?.submitObservations).toEqual({ received: 1, created: 1 });
  });

  it('archives a programme with funders, implementers, countries, themes, sources and participants, leaving those rows in place and out of reads', async () => {
    const [seeded] = await rows<{ id: number; version: number }>(
      `select id, version from programme where code = 'SECRET_BUDGET'`,
    );
    const [organisation] = await rows<{ id: number }>(`select id from organisation where code = 'FUNDER'`);
    const [home] = await rows<{ id: number }>(`select id from municipality where name_local = 'Home'`);
    await rows(`insert into theme (code, name_en) values ('GONE-THEME', 'Theme') `);
    await rows(`insert into source (key, title, kind) values ('gone-source', 'Source', 'REPORT')`);
    await rows(
      `insert into programme_theme (programme_id, theme_id) select ?, id from theme where code = 'GONE-THEME'`,
      [seeded.id],
    );
    await rows(
      `insert into programme_source (programme_id, source_id) select ?, id from source where key = 'gone-source'`,
      [seeded.id],
    );
    await rows('insert into programme_implementer (programme_id, organisation_id, role) values (?, ?, ?)', [
      seeded.id,
      organisation.id,
      'PARTNER',
    ]);
    await rows(
      'insert into programme_participant (programme_id, municipality_id, grant_amount, grant_currency) values (?, ?, 10, ?)',
      [seeded.id, home.id, 'EUR'],
    );
    const links = async () =>
      rows<{ n: string }>(
        `select
      (select count(*) from programme_funder where programme_id = ?) + (select count(*) from programme_implementer where programme_id = ?)
      + (select count(*) from programme_country where programme_id = ?) + (select count(*) from programme_theme where programme_id = ?)
      + (select count(*) from programme_source where programme_id = ?) + (select count(*) from programme_participant where programme_id = ?) as n`,
        Array(6).fill(seeded.id),
      );
    expect(Number((await links())[0].n)).toBe(6);

    const archived = await ok(archive('Programme'), {
      id: toGlobalId('Programme', seeded.id),
      version: seeded.version,
    });
    expect(archived.version).toBe(seeded.version + 1);
    expect(Number((await links())[0].n)).toBe(6);

    const reads = `query ($organisation: ID!, $home: ID!) {
      country(code: "SE") { programmes { code } }
      organisation: node(id: $organisation) { ... on Organisation { fundings { programme { code } } implementations { programme { code } } } }
      municipality: node(id: $home) { ... on Municipality { programmeParticipations { programme { code } } } }
    }`;
    for (const caller of ['admin', 'funderViewer'] as const) {
      const seen = await hub.query(
        reads,
        { organisation: toGlobalId('Organisation', organisation.id), home: toGlobalId('Municipality', home.id) },
        viewers[caller],
      );
      expect(seen.errors).toBeUndefined();
      expect(JSON.stringify(seen.data)).not.toContain('SECRET_BUDGET');
      expect(seen.data!.organisation.fundings).toEqual([{ programme: { code: 'PRIVATE' } }]);
    }
  });

  it('still refuses to archive an organisation that funds a programme, or a municipality named by an initiative', async () => {
    const [funder] = await rows<{ id: number; version: number }>(
      `select id, version from organisation where code = 'OTHER'`,
    );
    const refused = await hub.query(
      archive('Organisation'),
      { id: toGlobalId('Organisation', funder.id), version: funder.version },
      viewers.admin,
    );
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      argument: 'id',
      references: [{ type: 'ProgrammeFunder', count: 1 }],
    });

    const municipality = await ok(create('Municipality'), {
      input: { country: 'SE', code: '0901', nameLocal: 'Taking part', kind: 'MUNICIPALITY' },
    });
    const [initiative] = await rows<{ id: number }>(`select id from initiative where code = 'PUBLIC-I'`);
    await rows('insert into initiative_municipality (initiative_id, municipality_id) values (?, ?)', [
      initiative.id,
      Number(Buffer.from(municipality.id, 'base64url').toString().split(':')[1]),
    ]);
    const named = await hub.query(
      archive('Municipality'),
      { id: municipality.id, version: municipality.version },
      viewers.admin,
    );
    expect(named.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      references: [{ type: 'InitiativeMunicipality', count: 1 }],
    });
  });
});
