import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, viewerOfSecret } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { CharterSignature } from '../src/entities/charter-signature.entity';
import { Country } from '../src/entities/country.entity';
import { Municipality, MunicipalityKind } from '../src/entities/municipality.entity';
import { toGlobalId } from '../src/schema/global-id';
import { expectOneError } from './support/expect-error';
import { initScratchHub, type TestHub } from './support/test-hub';

function yearsFromToday(years: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

describe('Charter signatures and action plans', () => {
  let hub: TestHub;
  const recent = yearsFromToday(-1);
  beforeAll(async () => {
    hub = await initScratchHub();
    await hub.orm.em.fork().transactional(async (em) => {
      em.create(Country, { code: 'RS', nameEn: 'Serbia', nameLocal: 'Srbija' });
      await em.flush();
      const [adopted, overdue, due] = ['Adopted', 'Overdue', 'Due', 'Unsigned'].map((name) =>
        em.create(Municipality, { countryCode: 'RS', nameLocal: name, kind: MunicipalityKind.MUNICIPALITY }),
      );
      await em.flush();
      em.create(CharterSignature, {
        municipalityId: adopted.id,
        signedOn: '2010-03-08',
        actionPlanAdoptedOn: '2011-06-01',
      });
      em.create(CharterSignature, { municipalityId: overdue.id, signedOn: '2012-02-29' });
      em.create(CharterSignature, { municipalityId: due.id, signedOn: recent });
    });
  });
  afterAll(() => hub.close());

  it('lists each signatory with its due date and action-plan status, by signing date', async () => {
    const { data, errors } = await hub.query(`{
      charterSignatures(filter: { country: "RS" }) {
        totalCount
        nodes { municipality { nameLocal } signedOn actionPlanDueOn actionPlanStatus }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.charterSignatures.nodes).toEqual([
      {
        municipality: { nameLocal: 'Adopted' },
        signedOn: '2010-03-08',
        actionPlanDueOn: '2012-03-08',
        actionPlanStatus: 'ADOPTED',
      },
      {
        municipality: { nameLocal: 'Overdue' },
        signedOn: '2012-02-29',
        actionPlanDueOn: '2014-02-28',
        actionPlanStatus: 'OVERDUE',
      },
      {
        municipality: { nameLocal: 'Due' },
        signedOn: recent,
        actionPlanDueOn: yearsFromToday(1),
        actionPlanStatus: 'DUE',
      },
    ]);
  });

  it('filters by action plan and signing period, and municipalities by signature', async () => {
    const missing = await hub.query(
      `{ charterSignatures(filter: { actionPlan: MISSING }) { nodes { municipality { nameLocal } } } }`,
    );
    expect(
      missing.data!.charterSignatures.nodes.map(
        (node: { municipality: { nameLocal: string } }) => node.municipality.nameLocal,
      ),
    ).toEqual(['Overdue', 'Due']);
    const early = await hub.query(
      `{ charterSignatures(filter: { signedFrom: "2010-01-01", signedTo: "2012-12-31" }) { totalCount } }`,
    );
    expect(early.data!.charterSignatures.totalCount).toBe(2);
    const unsigned = await hub.query(`{ municipalities(filter: { charterSigned: false }) { nodes { nameLocal } } }`);
    expect(unsigned.data!.municipalities.nodes).toEqual([{ nameLocal: 'Unsigned' }]);
    const signed = await hub.query(`{ municipalities(filter: { charterSigned: true }) { totalCount } }`);
    expect(signed.data!.municipalities.totalCount).toBe(3);
  });

  it('counts an archived signature nowhere: not in the municipalities filter, the lists or the Charter counts', async () => {
    const em = hub.orm.em.fork();
    const withdrawn = em.create(Municipality, {
      countryCode: 'RS',
      nameLocal: 'Withdrawn',
      kind: MunicipalityKind.MUNICIPALITY,
    });
    await em.flush();
    const signature = em.create(CharterSignature, { municipalityId: withdrawn.id, signedOn: '2015-05-05' });
    await em.flush();
    const admin = (await viewerOfSecret(em, (await createApiToken(em, { name: 'admin', role: Role.ADMIN })).secret))!;
    const archived = await hub.query(
      'mutation ($id: ID!) { archiveCharterSignature(id: $id, version: 1) { archivedAt } }',
      { id: toGlobalId('CharterSignature', signature.id) },
      admin,
    );
    expect(archived.errors).toBeUndefined();

    const signed = await hub.query(
      `{ municipalities(filter: { charterSigned: true }) { totalCount nodes { nameLocal } } }`,
    );
    expect(signed.data!.municipalities.nodes.map((node: { nameLocal: string }) => node.nameLocal).sort()).toEqual([
      'Adopted',
      'Due',
      'Overdue',
    ]);
    expect(signed.data!.municipalities.totalCount).toBe(3);
    const unsigned = await hub.query(`{ municipalities(filter: { charterSigned: false }) { nodes { nameLocal } } }`);
    expect(unsigned.data!.municipalities.nodes.map((node: { nameLocal: string }) => node.nameLocal).sort()).toEqual([
      'Unsigned',
      'Withdrawn',
    ]);
    const reads = await hub.query(
      `query ($id: ID!) {
      node(id: $id) { ... on Municipality { charterSignature { signedOn } } }
      country(code: "RS") { charterSignatures { signedOn } }
      charterSignatures(filter: { country: "RS" }) { totalCount }
      charterSignatoryCounts(countries: ["RS"], from: 2015, to: 2015) { signedInYear signatories }
    }`,
      { id: toGlobalId('Municipality', withdrawn.id) },
    );
    expect(reads.errors).toBeUndefined();
    expect(reads.data!.node.charterSignature).toBeNull();
    expect(reads.data!.country.charterSignatures).toHaveLength(3);
    expect(reads.data!.charterSignatures.totalCount).toBe(3);
    expect(reads.data!.charterSignatoryCounts).toEqual([{ signedInYear: 0, signatories: 2 }]);
  });

  it('refuses a signing period that ends before it starts', async () => {
    const result = await hub.query(
      `{ charterSignatures(filter: { signedFrom: "2013-01-01", signedTo: "2012-01-01" }) { totalCount } }`,
    );
    expectOneError(result.errors, 'BAD_USER_INPUT', 'filter.signedTo');
  });
});
