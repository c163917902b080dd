import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterSignature } from '../src/entities/charter-signature.entity';
import { Country } from '../src/entities/country.entity';
import { Municipality, MunicipalityKind } from '../src/entities/municipality.entity';
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
      em.create(CharterSignature, { municipalityId: adopted.id, signedOn: '2010-03-08', actionPlanAdoptedOn: '2011-06-01' });
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
      { municipality: { nameLocal: 'Adopted' }, signedOn: '2010-03-08', actionPlanDueOn: '2012-03-08', actionPlanStatus: 'ADOPTED' },
      { municipality: { nameLocal: 'Overdue' }, signedOn: '2012-02-29', actionPlanDueOn: '2014-02-28', actionPlanStatus: 'OVERDUE' },
      { municipality: { nameLocal: 'Due' }, signedOn: recent, actionPlanDueOn: yearsFromToday(1), actionPlanStatus: 'DUE' },
    ]);
  });

  it('filters by action plan and signing period, and municipalities by signature', async () => {
    const missing = await hub.query(`{ charterSignatures(filter: { actionPlan: MISSING }) { nodes { municipality { nameLocal } } } }`);
    expect(missing.data!.charterSignatures.nodes.map((node: { municipality: { nameLocal: string } }) => node.municipality.nameLocal)).toEqual(['Overdue', 'Due']);
    const early = await hub.query(`{ charterSignatures(filter: { signedFrom: "2010-01-01", signedTo: "2012-12-31" }) { totalCount } }`);
    expect(early.data!.charterSignatures.totalCount).toBe(2);
    const unsigned = await hub.query(`{ municipalities(filter: { charterSigned: false }) { nodes { nameLocal } } }`);
    expect(unsigned.data!.municipalities.nodes).toEqual([{ nameLocal: 'Unsigned' }]);
    const signed = await hub.query(`{ municipalities(filter: { charterSigned: true }) { totalCount } }`);
    expect(signed.data!.municipalities.totalCount).toBe(3);
  });

  it('refuses a signing period that ends before it starts', async () => {
    const result = await hub.query(`{ charterSignatures(filter: { signedFrom: "2013-01-01", signedTo: "2012-01-01" }) { totalCount } }`);
    expectOneError(result.errors, 'BAD_USER_INPUT', 'filter.signedTo');
  });
});
