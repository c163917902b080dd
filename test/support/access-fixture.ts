import type { EntityManager } from '@mikro-orm/postgresql';
import { createApiToken, viewerOfSecret } from '../../src/auth/api-tokens';
import { Role } from '../../src/entities/role.enum';
import { anonymousViewer, type Viewer } from '../../src/auth/viewer';
import { Country } from '../../src/entities/country.entity';
import {
  Indicator,
  IndicatorAggregation,
  IndicatorComputation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
} from '../../src/entities/indicator.entity';
import { Initiative } from '../../src/entities/initiative.entity';
import { Municipality, MunicipalityKind } from '../../src/entities/municipality.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../../src/entities/observation.entity';
import { Organisation, OrganisationKind } from '../../src/entities/organisation.entity';
import { ProgrammeCountry } from '../../src/entities/programme-country.entity';
import { ProgrammeFunder } from '../../src/entities/programme-funder.entity';
import { ProgrammeImplementer, ImplementerRole } from '../../src/entities/programme-implementer.entity';
import { Programme } from '../../src/entities/programme.entity';
import { WorkingGroupMember } from '../../src/entities/working-group-member.entity';
import { WorkingGroup } from '../../src/entities/working-group.entity';
import { PersonRole } from '../../src/entities/person-role.enum';

/** The callers of the access tests, by name. */
export type Caller = 'anonymous' | 'admin' | 'editor' | 'reviewer' | 'funderViewer' | 'otherViewer' | 'reporter';

export const CALLERS: Caller[] = [
  'anonymous',
  'admin',
  'editor',
  'reviewer',
  'funderViewer',
  'otherViewer',
  'reporter',
];

/**
 * A small world for access rules: PUBLIC (published), PRIVATE (unpublished, funded by FUNDER and
 * implemented by IMPLEMENTER) and SECRET_BUDGET (published, budget unpublished, funded by FUNDER);
 * an initiative under each; observations approved and not, at programme and municipality scope;
 * a working group of IMPLEMENTER with a named member. Returns a viewer per caller, each made from a
 * real token.
 */
export async function buildAccessWorld(em: EntityManager): Promise<Record<Caller, Viewer>> {
  const ids = await em.transactional(async (tx) => {
    tx.create(Country, { code: 'SE', nameEn: 'Sweden', nameLocal: 'Sverige' });
    await tx.flush();
    const [funder, implementer, other] = ['FUNDER', 'IMPLEMENTER', 'OTHER'].map((code) =>
      tx.create(Organisation, { code, nameEn: code, kind: OrganisationKind.ASSOCIATION }),
    );
    const [home, elsewhere] = ['Home', 'Elsewhere'].map((name, n) =>
      tx.create(Municipality, {
        countryCode: 'SE',
        code: `000${n}`,
        nameLocal: name,
        kind: MunicipalityKind.MUNICIPALITY,
      }),
    );
    const indicator = tx.create(Indicator, {
      code: 'TRAINED',
      nameEn: 'Trained',
      unit: IndicatorUnit.COUNT,
      level: IndicatorLevel.OUTPUT,
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.SUM,
      computation: IndicatorComputation.REPORTED,
    });
    const published = tx.create(Programme, {
      code: 'PUBLIC',
      nameEn: 'Public',
      published: true,
      budgetAmount: '100',
      budgetCurrency: 'EUR',
    });
    const unpublished = tx.create(Programme, {
      code: 'PRIVATE',
      nameEn: 'Private',
      published: false,
      budgetAmount: '200',
      budgetCurrency: 'EUR',
    });
    const secretBudget = tx.create(Programme, {
      code: 'SECRET_BUDGET',
      nameEn: 'Secret budget',
      published: true,
      budgetPublished: false,
      budgetAmount: '300',
      budgetCurrency: 'EUR',
    });
    await tx.flush();
    tx.create(ProgrammeFunder, {
      programmeId: unpublished.id,
      organisationId: funder.id,
      amount: '200',
      currency: 'EUR',
    });
    tx.create(ProgrammeImplementer, {
      programmeId: unpublished.id,
      organisationId: implementer.id,
      role: ImplementerRole.LEAD,
    });
    tx.create(ProgrammeFunder, { programmeId: secretBudget.id, organisationId: funder.id });
    tx.create(ProgrammeFunder, { programmeId: published.id, organisationId: other.id });
    for (const programme of [published, unpublished, secretBudget])
      tx.create(ProgrammeCountry, { programmeId: programme.id, countryCode: 'SE' });
    for (const programme of [published, unpublished])
      tx.create(Initiative, {
        programmeId: programme.id,
        code: `${programme.code}-I`,
        nameEn: `Initiative of ${programme.code}`,
      });
    const observation = (scope: Partial<Observation>, reviewStatus: ReviewStatus, year: number) =>
      tx.create(Observation, {
        indicatorId: indicator.id,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        kind: ObservationKind.ACTUAL,
        value: String(year),
        reviewStatus,
        ...scope,
      } as Observation);
    observation({ scopeKind: ScopeKind.PROGRAMME, programmeId: published.id }, ReviewStatus.APPROVED, 2020);
    observation({ scopeKind: ScopeKind.PROGRAMME, programmeId: published.id }, ReviewStatus.SUBMITTED, 2021);
    observation({ scopeKind: ScopeKind.PROGRAMME, programmeId: unpublished.id }, ReviewStatus.APPROVED, 2020);
    observation({ scopeKind: ScopeKind.PROGRAMME, programmeId: unpublished.id }, ReviewStatus.DRAFT, 2021);
    observation({ scopeKind: ScopeKind.MUNICIPALITY, municipalityId: home.id }, ReviewStatus.DRAFT, 2021);
    observation({ scopeKind: ScopeKind.MUNICIPALITY, municipalityId: elsewhere.id }, ReviewStatus.SUBMITTED, 2021);
    const group = tx.create(WorkingGroup, {
      code: 'GROUP',
      nameEn: 'Group',
      organisationId: implementer.id,
      programmeId: published.id,
    });
    await tx.flush();
    tx.create(WorkingGroupMember, { workingGroupId: group.id, name: 'Ana Anić', role: PersonRole.GENDER_EXPERT });
    return { funder: funder.id, implementer: implementer.id, other: other.id, home: home.id };
  });
  const tokenViewer = async (
    role: Role,
    scope: { organisationIds?: number[]; municipalityIds?: number[] },
  ): Promise<Viewer> => {
    const { secret } = await createApiToken(em.fork(), { name: role, role, ...scope });
    return (await viewerOfSecret(em.fork(), secret))!;
  };
  return {
    anonymous: anonymousViewer('test'),
    admin: await tokenViewer(Role.ADMIN, {}),
    editor: await tokenViewer(Role.EDITOR, { organisationIds: [ids.implementer] }),
    reviewer: await tokenViewer(Role.REVIEWER, { organisationIds: [ids.implementer] }),
    funderViewer: await tokenViewer(Role.VIEWER, { organisationIds: [ids.funder] }),
    otherViewer: await tokenViewer(Role.VIEWER, { organisationIds: [ids.other] }),
    reporter: await tokenViewer(Role.REPORTER, { municipalityIds: [ids.home] }),
  };
}
