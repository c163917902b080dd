import type DataLoader from 'dataloader';
import { Activity } from '../entities/activity.entity';
import { CharterSignature } from '../entities/charter-signature.entity';
import { Country } from '../entities/country.entity';
import { Disbursement } from '../entities/disbursement.entity';
import { GoodPractice } from '../entities/good-practice.entity';
import { InitiativeMunicipality } from '../entities/initiative-municipality.entity';
import { InitiativeTheme } from '../entities/initiative-theme.entity';
import { Initiative } from '../entities/initiative.entity';
import { Municipality } from '../entities/municipality.entity';
import { NetworkMember } from '../entities/network-member.entity';
import { Network } from '../entities/network.entity';
import { PolicyDocument } from '../entities/policy-document.entity';
import { ProgrammeBudget } from '../entities/programme-budget.entity';
import { ProgrammeComponent } from '../entities/programme-component.entity';
import { ProgrammeCountry } from '../entities/programme-country.entity';
import { ProgrammeFunder } from '../entities/programme-funder.entity';
import { ProgrammeImplementer } from '../entities/programme-implementer.entity';
import { ProgrammeParticipant } from '../entities/programme-participant.entity';
import { ProgrammeSource } from '../entities/programme-source.entity';
import { ProgrammeTheme } from '../entities/programme-theme.entity';
import { Programme } from '../entities/programme.entity';
import { Source } from '../entities/source.entity';
import { Theme } from '../entities/theme.entity';
import { WorkingGroupMember } from '../entities/working-group-member.entity';
import { WorkingGroup } from '../entities/working-group.entity';
import type { Page } from '../schema/connection';
import { pageRequestKey, type PageRequest } from '../schema/page-args';
import { createChildPageLoader, type ChildList } from './child-page.loader';
import { createFrameworkLoaders } from './framework-loaders';
import { createComputedFiguresLoaders } from './computed-figures.loader';
import { createIndicatorsByScopeLoader } from './indicators-by-scope.loader';
import { createMunicipalityByOfficialCodeLoader } from './municipality-by-official-code.loader';
import { createPreviousApprovedLoader } from './previous-approved.loader';
import { createResultsByScopeLoader } from './results-by-scope.loader';
import { createLinkedRowsLoader } from './linked-rows.loader';
import { createRowsByForeignKeyLoader } from './rows-by-foreign-key.loader';
import { createRecordLoaders } from './record-loaders';
import { createCountryComparisonsLoader } from './country-comparisons.loader';
import type { Reader } from './reader';

/**
 * Every loader of one request, over one forked EntityManager. Each batches its keys into one
 * statement and returns plain rows shaped like the entities (foreign keys as ids).
 */
export function createLoaders(reader: Reader) {
  const childPages = new Map<string, DataLoader<unknown, Page<object>>>();
  return {
    ...createRecordLoaders(reader),
    municipalityByOfficialCode: createMunicipalityByOfficialCodeLoader(reader),
    previousApprovedByObservation: createPreviousApprovedLoader(reader),
    predecessorsByProgramme: createRowsByForeignKeyLoader<Programme, number>(reader, Programme, 'successorId', [
      'code',
    ]),

    activitiesByProgramme: createRowsByForeignKeyLoader<Activity, number>(reader, Activity, 'programmeId', ['code']),
    activitiesByComponent: createRowsByForeignKeyLoader<Activity, number>(reader, Activity, 'componentId', ['code']),
    componentsByProgramme: createRowsByForeignKeyLoader<ProgrammeComponent, number>(
      reader,
      ProgrammeComponent,
      'programmeId',
      ['position'],
    ),
    fundersByProgramme: createRowsByForeignKeyLoader<ProgrammeFunder, number>(reader, ProgrammeFunder, 'programmeId', [
      'id',
    ]),
    fundingsByOrganisation: createRowsByForeignKeyLoader<ProgrammeFunder, number>(
      reader,
      ProgrammeFunder,
      'organisationId',
      ['programmeId'],
    ),
    implementationsByOrganisation: createRowsByForeignKeyLoader<ProgrammeImplementer, number>(
      reader,
      ProgrammeImplementer,
      'organisationId',
      ['programmeId'],
    ),
    implementersByProgramme: createRowsByForeignKeyLoader<ProgrammeImplementer, number>(
      reader,
      ProgrammeImplementer,
      'programmeId',
      ['id'],
    ),
    initiativesByComponent: createRowsByForeignKeyLoader<Initiative, number>(reader, Initiative, 'componentId', [
      'code',
    ]),
    membersByWorkingGroup: createRowsByForeignKeyLoader<WorkingGroupMember, number>(
      reader,
      WorkingGroupMember,
      'workingGroupId',
      ['id'],
    ),
    networksByProgramme: createRowsByForeignKeyLoader<Network, number>(reader, Network, 'programmeId', ['code']),
    membersByNetwork: createRowsByForeignKeyLoader<NetworkMember, number>(reader, NetworkMember, 'networkId', ['id']),
    predecessorsByMunicipality: createRowsByForeignKeyLoader<Municipality, number>(
      reader,
      Municipality,
      'successorId',
      ['nameLocal', 'id'],
    ),
    participantsByProgramme: createRowsByForeignKeyLoader<ProgrammeParticipant, number>(
      reader,
      ProgrammeParticipant,
      'programmeId',
      ['id'],
    ),
    participationsByMunicipality: createRowsByForeignKeyLoader<ProgrammeParticipant, number>(
      reader,
      ProgrammeParticipant,
      'municipalityId',
      ['id'],
    ),
    policyDocumentsByOrganisation: createRowsByForeignKeyLoader<PolicyDocument, number>(
      reader,
      PolicyDocument,
      'organisationId',
      ['code'],
    ),
    workingGroupsByProgramme: createRowsByForeignKeyLoader<WorkingGroup, number>(reader, WorkingGroup, 'programmeId', [
      'code',
    ]),
    workingGroupsByOrganisation: createRowsByForeignKeyLoader<WorkingGroup, number>(
      reader,
      WorkingGroup,
      'organisationId',
      ['code'],
    ),
    goodPracticesByProgramme: createRowsByForeignKeyLoader<GoodPractice, number>(reader, GoodPractice, 'programmeId', [
      'code',
    ]),
    budgetsByProgramme: createRowsByForeignKeyLoader<ProgrammeBudget, number>(reader, ProgrammeBudget, 'programmeId', [
      'periodStart',
      'type',
      'id',
    ]),
    disbursementsByProgramme: createRowsByForeignKeyLoader<Disbursement, number>(reader, Disbursement, 'programmeId', [
      'disbursedOn',
      'id',
    ]),

    countriesByProgramme: createLinkedRowsLoader<ProgrammeCountry, Country, number>(reader, {
      link: ProgrammeCountry,
      from: 'programmeId',
      to: 'countryCode',
      target: Country,
      targetKey: 'code',
      orderBy: 'code',
    }),
    programmesByCountry: createLinkedRowsLoader<ProgrammeCountry, Programme, string>(reader, {
      link: ProgrammeCountry,
      from: 'countryCode',
      to: 'programmeId',
      target: Programme,
      targetKey: 'id',
      orderBy: ['nameEn', 'id'],
    }),
    charterSignaturesByCountry: createLinkedRowsLoader<Municipality, CharterSignature, string>(reader, {
      link: Municipality,
      from: 'countryCode',
      to: 'id',
      target: CharterSignature,
      targetKey: 'municipalityId',
      orderBy: ['signedOn', 'id'],
    }),
    themesByProgramme: createLinkedRowsLoader<ProgrammeTheme, Theme, number>(reader, {
      link: ProgrammeTheme,
      from: 'programmeId',
      to: 'themeId',
      target: Theme,
      targetKey: 'id',
      orderBy: 'code',
    }),
    sourcesByProgramme: createLinkedRowsLoader<ProgrammeSource, Source, number>(reader, {
      link: ProgrammeSource,
      from: 'programmeId',
      to: 'sourceId',
      target: Source,
      targetKey: 'id',
      orderBy: 'key',
    }),
    themesByInitiative: createLinkedRowsLoader<InitiativeTheme, Theme, number>(reader, {
      link: InitiativeTheme,
      from: 'initiativeId',
      to: 'themeId',
      target: Theme,
      targetKey: 'id',
      orderBy: 'code',
    }),
    municipalitiesByInitiative: createLinkedRowsLoader<InitiativeMunicipality, Municipality, number>(reader, {
      link: InitiativeMunicipality,
      from: 'initiativeId',
      to: 'municipalityId',
      target: Municipality,
      targetKey: 'id',
      orderBy: 'nameLocal',
    }),
    indicatorsByProgramme: createIndicatorsByScopeLoader(reader, 'programmeId'),
    resultsByProgramme: createResultsByScopeLoader<number>(reader, 'programme_id'),
    resultsByInitiative: createResultsByScopeLoader<number>(reader, 'initiative_id'),
    resultsByMunicipality: createResultsByScopeLoader<number>(reader, 'municipality_id'),
    countryComparisonsByMunicipality: createCountryComparisonsLoader(reader),
    resultsByOrganisation: createResultsByScopeLoader<number>(reader, 'organisation_id'),
    resultsByCountry: createResultsByScopeLoader<string>(reader, 'country_code'),
    ...createFrameworkLoaders(reader),
    /** The loader of programmes' computed figures for one period (or none). */
    computedFiguresByProgramme: createComputedFiguresLoaders(reader),

    /** The loader of one child list for one page request (and filter), made on first use. */
    childPage<T extends object, K extends string | number>(
      name: string,
      request: PageRequest,
      list: () => ChildList<T>,
    ): DataLoader<K, Page<T>> {
      const key = `${name}|${pageRequestKey(request)}`;
      let loader = childPages.get(key);
      if (!loader) {
        loader = createChildPageLoader<T, K>(reader, list(), request);
        childPages.set(key, loader);
      }
      return loader as unknown as DataLoader<K, Page<T>>;
    },
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
