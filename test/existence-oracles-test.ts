import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, viewerOfSecret } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type OperationResult, type TestHub } from './support/test-hub';

/**
 * Whether a record the caller may not read exists must not show in a write's answer: a natural key
 * taken by a hidden or archived record is refused as one taken by a visible record, a hidden value
 * under review as an unknown id, and an archive refused for references counts only the rows the
 * caller can read.
 */
describe('writes do not tell whether records the caller cannot read exist', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  /** A REVIEWER of the organisation OTHER, which takes no part in PRIVATE. */
  let otherReviewer: Viewer;
  const key: Record<string, number> = {};

  const sql = <T = Record<string, any>>(statement: string, bindings: unknown[] = []) =>
    hub.orm.em.fork().execute<T[]>(statement, bindings);
  const idOf = async (table: string, code: string) =>
    (await sql<{ id: number }>(`select id from ${table} where code = ?`, [code]))[0].id;

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const em = hub.orm.em.fork();
    const other = await idOf('organisation', 'OTHER');
    otherReviewer = (await viewerOfSecret(
      em,
      (await createApiToken(em, { name: 'other reviewer', role: Role.REVIEWER, organisationIds: [other] })).secret,
    ))!;
    key.private = await idOf('programme', 'PRIVATE');
    key.secretBudget = await idOf('programme', 'SECRET_BUDGET');
    key.indicator = await idOf('indicator', 'TRAINED');
    // HIDDEN: an unpublished programme no token of the access world takes part in, with an initiative; and an archived initiative.
    const [hidden] = await sql<{ id: number }>(
      `insert into programme (code, name_en, published) values ('HIDDEN', 'Hidden', false) returning id`,
    );
    key.hidden = hidden.id;
    await sql(`insert into initiative (programme_id, code, name_en) values (?, 'HIDDEN-I', 'Hidden initiative')`, [
      key.hidden,
    ]);
    await sql(
      `insert into initiative (programme_id, code, name_en, archived_at) values (?, 'ARCHIVED-I', 'Archived initiative', now())`,
      [key.private],
    );
  });
  afterAll(() => hub.close());

  const CREATE_INITIATIVE = 'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { code } }';

  it('refuses a natural key taken by a visible, a hidden or an archived record with the same answer', async () => {
    const answers: OperationResult[] = [];
    for (const code of ['PUBLIC-I', 'HIDDEN-I', 'ARCHIVED-I']) {
      const answer = await hub.query(
        CREATE_INITIATIVE,
        { input: { programme: toGlobalId('Programme', key.private), code, nameEn: 'Again' } },
        viewers.editor,
      );
      expect(answer.data?.createInitiative ?? null, code).toBeNull();
      answers.push(answer);
    }
    const shapes = answers.map((answer, n) =>
      JSON.stringify(answer.errors).replaceAll(['PUBLIC-I', 'HIDDEN-I', 'ARCHIVED-I'][n], '<code>'),
    );
    expect(new Set(shapes).size).toBe(1);
    expect(answers[1].errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.code', reason: 'the code HIDDEN-I is not available.' }],
    });
  });

  const REVIEW = 'mutation ($ids: [ID!]!) { reviewObservations(ids: $ids, decision: APPROVE) { reviewStatus } }';
  const observation = async (programmeId: number, status: string, year: number) => {
    const [row] = await sql<{ id: number }>(
      `insert into observation (indicator_id, scope_kind, programme_id, period_start, period_end, kind, value, review_status)
       values (?, 'PROGRAMME', ?, ?, ?, 'ACTUAL', 1, ?) returning id`,
      [key.indicator, programmeId, `${year}-01-01`, `${year}-12-31`, status],
    );
    return toGlobalId('Observation', row.id);
  };

  it('answers a review of a value the reviewer cannot read as one of an unknown id: NOT_FOUND', async () => {
    const hidden = await observation(key.private, 'SUBMITTED', 2060);
    const unknown = toGlobalId('Observation', 999_999);
    const [ofHidden, ofUnknown] = [
      await hub.query(REVIEW, { ids: [hidden] }, otherReviewer),
      await hub.query(REVIEW, { ids: [unknown] }, otherReviewer),
    ];
    expect(ofUnknown.errors![0].extensions?.code).toBe('NOT_FOUND');
    expect(ofHidden.errors![0].extensions?.code).toBe('NOT_FOUND');
    const keyOf = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];
    expect(ofHidden.errors![0].message.replace(keyOf(hidden), '<key>')).toBe(
      ofUnknown.errors![0].message.replace(keyOf(unknown), '<key>'),
    );
    // A value it can read but does not review is still FORBIDDEN: that tells it nothing it cannot read.
    const readable = await observation(key.secretBudget, 'APPROVED', 2061);
    expect((await hub.query(REVIEW, { ids: [readable] }, otherReviewer)).errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('counts only the references the caller can read when it refuses an archive, and still refuses for the others', async () => {
    const [component] = await sql<{ id: number; version: number }>(
      `insert into programme_component (programme_id, position, name_en) values (?, 7, 'Component') returning id, version`,
      [key.private],
    );
    await sql(`update initiative set component_id = ? where code in ('PRIVATE-I', 'HIDDEN-I')`, [component.id]);
    const ARCHIVE =
      'mutation ($id: ID!, $version: Int!) { archiveProgrammeComponent(id: $id, version: $version) { archivedAt } }';
    const variables = { id: toGlobalId('ProgrammeComponent', component.id), version: component.version };

    const asEditor = await hub.query(ARCHIVE, variables, viewers.editor);
    expect(asEditor.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      references: [{ type: 'Initiative', count: 1 }],
      unreadableReferences: true,
    });
    expect(asEditor.errors![0].message).toContain('1 Initiative and records this token cannot read');
    const asAdmin = await hub.query(ARCHIVE, variables, viewers.admin);
    expect(asAdmin.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      references: [{ type: 'Initiative', count: 2 }],
    });
    expect(asAdmin.errors![0].extensions).not.toHaveProperty('unreadableReferences');

    // Only unreadable references left: still refused, with no count to go by.
    await sql(`update initiative set component_id = null where code = 'PRIVATE-I'`);
    const onlyHidden = await hub.query(ARCHIVE, variables, viewers.editor);
    expect(onlyHidden.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      references: [],
      unreadableReferences: true,
    });
    expect(onlyHidden.data?.archiveProgrammeComponent ?? null).toBeNull();
  });
});
