import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

const CREATE_PROGRAMME = 'mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { id code } }';
const CREATE_ORGANISATION = 'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id code } }';
const CREATE_MUNICIPALITY = 'mutation ($input: MunicipalityInput!) { createMunicipality(input: $input) { id code } }';
const CREATE_INITIATIVE = 'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id code } }';
const CREATE_COMPONENT =
  'mutation ($input: ProgrammeComponentInput!) { createProgrammeComponent(input: $input) { id position } }';

describe('record inputs are validated before anything is written', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  let programme = '';
  let municipality = '';
  const counts = async () =>
    (
      await hub.orm.em
        .fork()
        .execute<{ n: string }[]>(
          'select (select count(*) from programme) + (select count(*) from organisation) + (select count(*) from municipality) + (select count(*) from initiative) + (select count(*) from programme_component) + (select count(*) from audit_event) as n',
        )
    )[0].n;
  /** Runs `query` as ADMIN, expects one BAD_USER_INPUT, and returns its listed fields and message. */
  const refused = async (query: string, input: Record<string, unknown>) => {
    const before = await counts();
    const result = await hub.query(query, { input }, viewers.admin);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input' });
    expect(await counts()).toBe(before);
    return {
      fields: result.errors![0].extensions!.fields as { path: string; reason: string }[],
      message: result.errors![0].message,
    };
  };

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const [ids] = await hub.orm.em
      .fork()
      .execute<{ programme: number; municipality: number }[]>(
        `select (select id from programme where code = 'PUBLIC') as programme, (select id from municipality where name_local = 'Home') as municipality`,
      );
    programme = toGlobalId('Programme', ids.programme);
    municipality = toGlobalId('Municipality', ids.municipality);
  });
  afterAll(() => hub.close());

  it('lists every failing field with its path and reason, and names the first in the message', async () => {
    const { fields, message } = await refused(CREATE_PROGRAMME, {
      code: 'bad code',
      nameEn: 'x'.repeat(501),
      plannedStartOn: '2020-06-01',
      plannedEndOn: '2020-05-31',
      startOn: '2021-01-01',
      endOn: '2020-12-31',
      budgetAmount: -1,
      budgetCurrency: 'EURO',
      website: 'ftp://example.org',
    });
    expect(fields.map((field) => field.path).sort()).toEqual([
      'input.budgetAmount',
      'input.budgetCurrency',
      'input.code',
      'input.endOn',
      'input.nameEn',
      'input.plannedEndOn',
      'input.website',
    ]);
    expect(fields).toContainEqual({ path: 'input.endOn', reason: '2020-12-31 is before startOn 2021-01-01.' });
    expect(fields).toContainEqual({
      path: 'input.budgetCurrency',
      reason: 'must be an ISO 4217 currency code such as SEK.',
    });
    expect(message).toMatch(
      new RegExp(
        `^Argument "input": ${fields.length} fields refused, nothing written; first: ${fields[0].path.replace('.', '\\.')}: `,
      ),
    );
  });

  it('takes dates in order, equal dates included, and a plain ISO currency and country', async () => {
    const result = await hub.query(
      CREATE_PROGRAMME,
      {
        input: {
          code: 'SAME-DAY',
          nameEn: 'One day',
          startOn: '2020-01-01',
          endOn: '2020-01-01',
          budgetCurrency: 'SEK',
        },
      },
      viewers.admin,
    );
    expect(result.errors).toBeUndefined();
    expect(
      (await refused(CREATE_ORGANISATION, { code: 'NOCOUNTRY', nameEn: 'x', kind: 'NGO', country: 'Sweden' })).fields,
    ).toEqual([{ path: 'input.country', reason: 'must be an ISO 3166-1 alpha-2 country code such as SE.' }]);
    expect(
      (await refused(CREATE_ORGANISATION, { code: 'UNKNOWNCOUNTRY', nameEn: 'x', kind: 'NGO', country: 'DK' })).fields,
    ).toEqual([{ path: 'input.country', reason: 'no Country has the code "DK".' }]);
  });

  it('refuses references to nothing, to another type, and taken natural keys, each by field', async () => {
    const { fields } = await refused(CREATE_INITIATIVE, {
      programme: toGlobalId('Programme', 999_999),
      leadMunicipality: programme,
      leadOrganisation: 'not-an-id',
      code: 'NEW-I',
      nameEn: 'x',
    });
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'input.programme', reason: `no Programme has the id "${toGlobalId('Programme', 999_999)}".` },
        { path: 'input.leadMunicipality', reason: `"${programme}" is not the id of a Municipality.` },
        { path: 'input.leadOrganisation', reason: '"not-an-id" is not the id of an Organisation.' },
      ]),
    );
    expect((await refused(CREATE_ORGANISATION, { code: 'FUNDER', nameEn: 'x', kind: 'NGO' })).fields).toEqual([
      { path: 'input.code', reason: 'the code FUNDER is not available.' },
    ]);
    expect(
      (
        await refused(CREATE_MUNICIPALITY, {
          country: 'SE',
          code: '0000',
          nameLocal: 'Twin',
          kind: 'MUNICIPALITY',
          parent: municipality,
        })
      ).fields,
    ).toEqual([{ path: 'input.code', reason: 'the code 0000 in SE is not available.' }]);
    const first = await hub.query(
      CREATE_COMPONENT,
      { input: { programme, position: 1, nameEn: 'One' } },
      viewers.admin,
    );
    expect(first.errors).toBeUndefined();
    expect((await refused(CREATE_COMPONENT, { programme, position: 1, nameEn: 'Again' })).fields).toEqual([
      { path: 'input.position', reason: 'position 1 in this programme is not available.' },
    ]);
    expect(
      (await refused(CREATE_COMPONENT, { programme, position: 0, nameEn: '' })).fields.map((field) => field.path),
    ).toEqual(['input.position', 'input.nameEn']);
    const [{ id: other }] = await hub.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from programme where code = 'PRIVATE'`);
    expect(
      (
        await refused(CREATE_INITIATIVE, {
          programme: toGlobalId('Programme', other),
          component: first.data!.createProgrammeComponent.id,
          code: 'MIXED',
          nameEn: 'Mixed',
        })
      ).fields,
    ).toEqual([{ path: 'input.component', reason: 'belongs to another programme than `programme`.' }]);
  });

  it('answers concurrent creates of one natural key with one record and one BAD_USER_INPUT, never an internal error', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        hub.query(CREATE_ORGANISATION, { input: { code: 'TWINS', nameEn: 'Twins', kind: 'NGO' } }, viewers.admin),
      ),
    );
    expect(answers.filter((answer) => answer.data?.createOrganisation)).toHaveLength(1);
    const errors = answers.flatMap((answer) => answer.errors ?? []);
    expect(errors).toHaveLength(2);
    for (const error of errors)
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.code' }] });
  });

  it("keeps an organisation's IATI identifier, refusing a malformed one and one another organisation holds", async () => {
    const created = await hub.query(
      'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { code iatiIdentifier } }',
      { input: { code: 'IATI_ONE', nameEn: 'IATI one', kind: 'NGO', iatiIdentifier: 'XI-TEST-1' } },
      viewers.admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganisation).toEqual({ code: 'IATI_ONE', iatiIdentifier: 'XI-TEST-1' });
    expect(
      (
        await refused(CREATE_ORGANISATION, {
          code: 'IATI_TWO',
          nameEn: 'IATI two',
          kind: 'NGO',
          iatiIdentifier: 'XI-TEST-1',
        })
      ).fields,
    ).toEqual([
      { path: 'input.iatiIdentifier', reason: 'the IATI organisation identifier XI-TEST-1 is not available.' },
    ]);
    for (const malformed of ['SE 0', 'SE', 'SE-0/1', '<x>', 'S-0'])
      expect(
        (
          await refused(CREATE_ORGANISATION, {
            code: 'IATI_TWO',
            nameEn: 'IATI two',
            kind: 'NGO',
            iatiIdentifier: malformed,
          })
        ).fields,
      ).toEqual([
        { path: 'input.iatiIdentifier', reason: expect.stringContaining('must be an IATI organisation identifier') },
      ]);
  });
});
