import type { EntityManager } from '@mikro-orm/postgresql';
import { Country } from '../../src/entities/country.entity';
import {
  Indicator,
  IndicatorAggregation,
  IndicatorComputation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
} from '../../src/entities/indicator.entity';
import { InitiativeMunicipality } from '../../src/entities/initiative-municipality.entity';
import { Initiative } from '../../src/entities/initiative.entity';
import { Municipality, MunicipalityKind } from '../../src/entities/municipality.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../../src/entities/observation.entity';
import { Organisation, OrganisationKind } from '../../src/entities/organisation.entity';
import { ProgrammeComponent } from '../../src/entities/programme-component.entity';
import { ProgrammeCountry } from '../../src/entities/programme-country.entity';
import { ProgrammeFunder } from '../../src/entities/programme-funder.entity';
import { Programme } from '../../src/entities/programme.entity';
import { Sex } from '../../src/entities/sex.enum';

/**
 * Writes `count` synthetic programmes into an empty database, each with two funders, a country,
 * two components, `initiativesEach` initiatives in three municipalities, and approved
 * observations of two indicators.
 */
export async function generateProgrammes(em: EntityManager, count: number, initiativesEach = 5): Promise<void> {
  await em.transactional(async (tx) => {
    tx.create(Country, { code: 'SE', nameEn: 'Sweden', nameLocal: 'Sverige' });
    tx.create(Country, { code: 'RS', nameEn: 'Serbia', nameLocal: 'Srbija' });
    await tx.flush();
    const funders = [0, 1, 2].map((n) =>
      tx.create(Organisation, { code: `FUNDER-${n}`, nameEn: `Funder ${n}`, kind: OrganisationKind.FUNDER }),
    );
    const municipalities = Array.from({ length: 10 }, (_, n) =>
      tx.create(Municipality, {
        countryCode: 'SE',
        code: String(1000 + n),
        nameLocal: `Kommun ${n}`,
        kind: MunicipalityKind.MUNICIPALITY,
      }),
    );
    const indicators = [0, 1].map((n) =>
      tx.create(Indicator, {
        code: `IND-${n}`,
        nameEn: `Indicator ${n}`,
        unit: IndicatorUnit.COUNT,
        level: IndicatorLevel.OUTPUT,
        direction: IndicatorDirection.HIGHER_IS_BETTER,
        aggregation: IndicatorAggregation.SUM,
        computation: IndicatorComputation.REPORTED,
      }),
    );
    await tx.flush();
    for (let p = 0; p < count; p++) {
      const programme = tx.create(Programme, {
        code: `P-${String(p).padStart(3, '0')}`,
        nameEn: `Programme ${p}`,
        published: true,
        startOn: '2020-01-01',
        endOn: '2022-12-31',
      });
      await tx.flush();
      for (const funder of funders.slice(p % 2, (p % 2) + 2)) {
        tx.create(ProgrammeFunder, {
          programmeId: programme.id,
          organisationId: funder.id,
          amount: String(1000 * (p + 1)),
          currency: 'EUR',
        });
      }
      tx.create(ProgrammeCountry, { programmeId: programme.id, countryCode: p % 2 ? 'RS' : 'SE' });
      for (const position of [1, 2])
        tx.create(ProgrammeComponent, { programmeId: programme.id, position, nameEn: `Component ${position}` });
      for (const indicator of indicators) {
        tx.create(Observation, {
          indicatorId: indicator.id,
          scopeKind: ScopeKind.PROGRAMME,
          programmeId: programme.id,
          periodStart: '2021-01-01',
          periodEnd: '2021-12-31',
          sex: Sex.TOTAL,
          kind: ObservationKind.ACTUAL,
          value: String(p),
          reviewStatus: ReviewStatus.APPROVED,
        });
      }
      for (let i = 0; i < initiativesEach; i++) {
        const initiative = tx.create(Initiative, {
          programmeId: programme.id,
          code: `P-${p}-I-${String(i).padStart(3, '0')}`,
          nameEn: `Initiative ${i} of ${p}`,
        });
        await tx.flush();
        for (let m = 0; m < 3; m++) {
          tx.create(InitiativeMunicipality, {
            initiativeId: initiative.id,
            municipalityId: municipalities[(p + i + m) % municipalities.length].id,
          });
        }
      }
    }
  });
}
