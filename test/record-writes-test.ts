import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

/** The documented examples are the operations this test runs. */
const example = (name: string) => readFileSync(join(__dirname, '..', 'docs', 'mutations', name), 'utf8');
const CREATE_INITIATIVE = example('create-initiative.graphql');
const UPDATE_PROGRAMME = example('update-programme.graphql');
const ARCHIVE_MUNICIPALITY = example('archive-municipality.graphql');
const HISTORY = 'query ($id: ID!) { history(id: $id) { actor action entityType before after } }';

/** The three mutations of a type, asking for `fields` back. */
const operations = (type: string, fields: string) => ({
  create: `mutation ($input: ${type}Input!) { create${type}(input: $input) { id version archivedAt ${fields} } }`,
  update: `mutation ($id: ID!, $version: Int!, $input: ${type}Input!) { update${type}(id: $id, version: $version, input: $input) { id version ${fields} } }`,
  archive: `mutation ($id: ID!, $version: Int!) { archive${type}(id: $id, version: $version) { id version archivedAt } }`,
});

describe('createX, updateX and archiveX', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  let ids: Record<'public' | 'private' | 'home' | 'implementer', string>;
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);
  const auditCount = async () => Number((await rows<{ n: string }>('select count(*) as n from audit_event'))[0].n);

  /** Runs a mutation as `caller` and returns its one field, failing on errors. */
  const ok = async (query: string, variables: Record<string, unknown>, caller: Caller = 'admin') => {
    const result = await hub.query(query, variables, viewers[caller]);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>;
  };

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const named = await rows<{ kind: string; id: number }>(`
      select 'public' as kind, id from programme where code = 'PUBLIC' union all
      select 'private', id from programme where code = 'PRIVATE' union all
      select 'implementer', id from organisation where code = 'IMPLEMENTER' union all
      select 'home', id from municipality where name_local = 'Home'`);
    const id = (kind: string, type: string) => toGlobalId(type, named.find((row) => row.kind === kind)!.id);
    ids = {
      public: id('public', 'Programme'),
      private: id('private', 'Programme'),
      home: id('home', 'Municipality'),
      implementer: id('implementer', 'Organisation'),
    };
  });
  afterAll(() => hub.close());

  it('creates, updates and archives each record type, each write in the audit trail with before and after', async () => {
    const org = operations('Organisation', 'code nameEn kind');
    const organisation = await ok(org.create, { input: { code: 'NEWORG', nameEn: 'New', kind: 'NGO', country: 'SE' } });
    const municipality = await ok(operations('Municipality', 'code nameLocal').create, {
      input: { country: 'SE', code: '0999', nameLocal: 'Nyby', kind: 'MUNICIPALITY' },
    });
    const programme = await ok(operations('Programme', 'code published').create, {
      input: {
        code: 'NEW',
        nameEn: 'New programme',
        startOn: '2020-01-01',
        endOn: '2022-12-31',
        budgetAmount: 1000,
        budgetCurrency: 'SEK',
        website: 'https://example.org',
      },
    });
    const component = await ok(operations('ProgrammeComponent', 'position').create, {
      input: { programme: programme.id, position: 1, nameEn: 'Strand' },
    });
    const initiative = await ok(CREATE_INITIATIVE, {
      input: {
        programme: programme.id,
        component: component.id,
        code: 'NEW-1',
        nameEn: 'First',
        leadOrganisation: organisation.id,
        leadMunicipality: municipality.id,
        status: 'ONGOING',
      },
    });
    expect(initiative).toMatchObject({ code: 'NEW-1', version: 1, programme: { code: 'NEW' } });
    const activity = await ok(operations('Activity', 'code kind audienceRoles').create, {
      input: {
        code: 'NEW-A',
        programme: programme.id,
        kind: 'SEMINAR',
        nameEn: 'Seminar',
        provider: organisation.id,
        audienceRoles: ['POLITICIAN'],
        creditsEcts: 7.5,
      },
    });
    expect(activity).toMatchObject({ version: 1, archivedAt: null, audienceRoles: ['POLITICIAN'] });

    const updated = await ok(UPDATE_PROGRAMME, {
      id: programme.id,
      version: 1,
      input: { code: 'NEW', nameEn: 'Renamed', published: true },
    });
    expect(updated).toMatchObject({ nameEn: 'Renamed', version: 2, published: true, startOn: null });
    expect(
      (
        await ok(org.update, {
          id: organisation.id,
          version: 1,
          input: { code: 'NEWORG2', nameEn: 'Newer', kind: 'NGO' },
        })
      ).code,
    ).toBe('NEWORG2');

    // Archived bottom-up: each archive is refused while a live record still names the one above it.
    for (const [type, record] of [
      ['Activity', activity],
      ['Initiative', initiative],
      ['ProgrammeComponent', component],
      ['Programme', updated],
      ['Municipality', municipality],
    ] as const) {
      const archived = await ok(operations(type, '').archive, { id: record.id, version: record.version });
      expect(archived.version).toBe(record.version + 1);
      expect(Number.isNaN(new Date(archived.archivedAt).getTime())).toBe(false);
    }
    const history = await hub.query(HISTORY, { id: programme.id }, viewers.admin);
    expect(history.data!.history.map((event: { action: string }) => event.action)).toEqual([
      'CREATE',
      'UPDATE',
      'ARCHIVE',
    ]);
    const [created, update, archive] = history.data!.history;
    expect(created).toMatchObject({
      actor: viewers.admin.key,
      entityType: 'Programme',
      before: null,
      after: { code: 'NEW', name_en: 'New programme', version: 1 },
    });
    expect(update).toMatchObject({
      before: { name_en: 'New programme', version: 1 },
      after: { name_en: 'Renamed', version: 2, start_on: null },
    });
    expect(archive).toMatchObject({ before: { archived_at: null, version: 2 }, after: { version: 3 } });
    expect(archive.after.archived_at).not.toBeNull();
  });

  it('answers a stale version with CONFLICT and the current version, and changes nothing', async () => {
    const programme = await ok(operations('Programme', 'code').create, { input: { code: 'STALE', nameEn: 'Stale' } });
    await ok(UPDATE_PROGRAMME, { id: programme.id, version: 1, input: { code: 'STALE', nameEn: 'Second' } });
    const before = await auditCount();
    const stale = await hub.query(
      UPDATE_PROGRAMME,
      { id: programme.id, version: 1, input: { code: 'STALE', nameEn: 'Lost' } },
      viewers.admin,
    );
    expect(stale.errors).toHaveLength(1);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', argument: 'version', currentVersion: 2 });
    const archive = await hub.query(
      operations('Programme', '').archive,
      { id: programme.id, version: 1 },
      viewers.admin,
    );
    expect(archive.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await rows('select name_en, version, archived_at from programme where code = ?', ['STALE'])).toEqual([
      { name_en: 'Second', version: 2, archived_at: null },
    ]);
    expect(await auditCount()).toBe(before);
    const unknown = await hub.query(
      UPDATE_PROGRAMME,
      { id: toGlobalId('Programme', 999_999), version: 1, input: { code: 'X', nameEn: 'X' } },
      viewers.admin,
    );
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
  });

  it('of two concurrent updates over HTTP at one version, one succeeds and the other is CONFLICT', async () => {
    const programme = await ok(operations('Programme', 'code').create, { input: { code: 'RACE', nameEn: 'Race' } });
    const { secret } = await createApiToken(hub.orm.em.fork(), { name: 'racer', role: Role.ADMIN });
    const url = await hub.listen();
    const send = (nameEn: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({
          query: UPDATE_PROGRAMME,
          variables: { id: programme.id, version: 1, input: { code: 'RACE', nameEn } },
        }),
      }).then(
        (response) => response.json() as Promise<{ data?: any; errors?: { extensions: Record<string, unknown> }[] }>,
      );
    const answers = await Promise.all([send('First'), send('Second')]);
    const winners = answers.filter((answer) => answer.data?.updateProgramme);
    const losers = answers.filter((answer) => answer.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const [stored] = await rows<{ name_en: string; version: number }>(
      'select name_en, version from programme where code = ?',
      ['RACE'],
    );
    expect(stored).toEqual({ name_en: winners[0].data.updateProgramme.nameEn, version: 2 });
    const [{ n }] = await rows<{ n: string }>(
      `select count(*) as n from audit_event where entity_type = 'Programme' and entity_id = ? and action = 'UPDATE'`,
      [stored && Number(Buffer.from(programme.id, 'base64url').toString().split(':')[1])],
    );
    expect(Number(n)).toBe(1);
  });

  it('refuses to archive a municipality with observations, listing the references, and changes nothing', async () => {
    const [home] = await rows<{ version: number }>(`select version from municipality where name_local = 'Home'`);
    const before = await auditCount();
    const result = await hub.query(ARCHIVE_MUNICIPALITY, { id: ids.home, version: home.version }, viewers.admin);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      argument: 'id',
      references: [{ type: 'Observation', count: 1 }],
    });
    expect(await rows(`select version, archived_at from municipality where name_local = 'Home'`)).toEqual([
      { version: home.version, archived_at: null },
    ]);
    expect(await auditCount()).toBe(before);
    const programme = await hub.query(
      operations('Programme', '').archive,
      { id: ids.private, version: 1 },
      viewers.admin,
    );
    // Its funder, implementer and country rows are part of the programme: they do not count.
    expect(programme.errors![0].extensions!.references).toEqual(
      expect.arrayContaining([
        { type: 'Initiative', count: 1 },
        { type: 'Observation', count: 2 },
      ]),
    );
    expect(programme.errors![0].extensions!.references).toHaveLength(2);
  });

  it('leaves archived records out of lists, counts and node(id), while their history still answers', async () => {
    const org = operations('Organisation', 'code');
    const created = await ok(org.create, { input: { code: 'GONE', nameEn: 'Gone', kind: 'NGO' } });
    const list = 'query { organisations(first: 100) { totalCount nodes { code } } }';
    const node = 'query ($id: ID!) { node(id: $id) { id } }';
    const seen = await hub.query(list, {}, viewers.admin);
    expect(seen.data!.organisations.nodes.map((row: { code: string }) => row.code)).toContain('GONE');
    expect((await hub.query(node, { id: created.id }, viewers.admin)).data!.node).toEqual({ id: created.id });
    await ok(org.archive, { id: created.id, version: 1 });
    const after = await hub.query(list, {}, viewers.admin);
    expect(after.data!.organisations.nodes.map((row: { code: string }) => row.code)).not.toContain('GONE');
    expect(after.data!.organisations.totalCount).toBe(seen.data!.organisations.totalCount - 1);
    const gone = await hub.query(node, { id: created.id }, viewers.admin);
    expect(gone.errors?.[0].extensions?.code ?? gone.data!.node).toBe(gone.errors ? 'NOT_FOUND' : null);
    expect(
      (await hub.query(`query { organisation(code: "GONE") { id } }`, {}, viewers.admin)).data?.organisation ?? null,
    ).toBeNull();
    const again = await hub.query(
      org.update,
      { id: created.id, version: 2, input: { code: 'GONE', nameEn: 'Back', kind: 'NGO' } },
      viewers.admin,
    );
    expect(again.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const history = await hub.query(HISTORY, { id: created.id }, viewers.editor);
    expect(history.data!.history.map((event: { action: string }) => event.action)).toEqual(['CREATE', 'ARCHIVE']);
  });

  it('lets an EDITOR write initiatives of its programmes only, and never organisations or new programmes', async () => {
    const input = (programme: string, code: string) => ({ input: { programme, code, nameEn: code } });
    const own = await ok(CREATE_INITIATIVE, input(ids.private, 'EDITOR-OWN'), 'editor');
    expect(own.programme.code).toBe('PRIVATE');
    const outside = await hub.query(CREATE_INITIATIVE, input(ids.public, 'EDITOR-OUT'), viewers.editor);
    expect(outside.errors![0].extensions!.code).toBe('FORBIDDEN');
    // Moving its initiative into a programme it does not take part in is refused too.
    const moved = await hub.query(
      operations('Initiative', 'code').update,
      { id: own.id, version: 1, ...input(ids.public, 'EDITOR-OWN') },
      viewers.editor,
    );
    expect(moved.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [{ n }] = await rows<{ n: string }>(
      `select count(*) as n from initiative where code = 'EDITOR-OUT' or (code = 'EDITOR-OWN' and version > 1)`,
    );
    expect(Number(n)).toBe(0);
    for (const [query, variables] of [
      [operations('Organisation', 'code').create, { input: { code: 'E', nameEn: 'E', kind: 'NGO' } }],
      [operations('Programme', 'code').create, { input: { code: 'E', nameEn: 'E' } }],
      [operations('Programme', '').archive, { id: ids.private, version: 1 }],
    ] as const) {
      expect((await hub.query(query, variables, viewers.editor)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await hub.query(query, variables, viewers.reviewer)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await hub.query(query, variables, viewers.anonymous)).errors![0].extensions!.code).toBe(
        'UNAUTHENTICATED',
      );
    }
  });

  it('updates a programme in a small, fixed number of SQL statements', async () => {
    const programme = await ok(operations('Programme', 'code').create, {
      input: { code: 'COUNTED', nameEn: 'Counted', parent: ids.public },
    });
    for (const version of [1, 2, 3]) {
      const result = await hub.query(
        UPDATE_PROGRAMME,
        { id: programme.id, version, input: { code: 'COUNTED', nameEn: `Counted ${version}`, parent: ids.public } },
        viewers.admin,
      );
      expect(result.errors).toBeUndefined();
      // The record and its parent read in one batch, the natural-key check, BEGIN, the row locked, the update with its audit row, COMMIT.
      expect(result.statements).toBe(6);
    }
    // The record read, BEGIN, the row locked, one count of every reference, the archive with its audit row, COMMIT.
    const archived = await hub.query(
      operations('Programme', '').archive,
      { id: programme.id, version: 4 },
      viewers.admin,
    );
    expect(archived.errors).toBeUndefined();
    expect(archived.statements).toBe(6);
  });
});
