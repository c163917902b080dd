import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { Activity } from '../entities/activity.entity';
import { CharterSignature } from '../entities/charter-signature.entity';
import { Country } from '../entities/country.entity';
import { GoodPractice } from '../entities/good-practice.entity';
import { Indicator } from '../entities/indicator.entity';
import { InitiativeMunicipality } from '../entities/initiative-municipality.entity';
import { InitiativeTheme } from '../entities/initiative-theme.entity';
import { Initiative } from '../entities/initiative.entity';
import { Municipality } from '../entities/municipality.entity';
import { Network } from '../entities/network.entity';
import { Observation } from '../entities/observation.entity';
import { Organisation } from '../entities/organisation.entity';
import { PolicyDocument } from '../entities/policy-document.entity';
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
import { createIndicatorsByScopeLoader } from './indicators-by-scope.loader';
import { createMunicipalityByOfficialCodeLoader } from './municipality-by-official-code.loader';
import { createLinkedRowsLoader } from './linked-rows.loader';
import { createRowsByForeignKeyLoader } from './rows-by-foreign-key.loader';
import { createRowsByKeyLoader } from './rows-by-key.loader';

/**
 * Every loader of one request, over one forked EntityManager. Each batches its keys into one
 * statement and returns plain rows shaped like the entities (foreign keys as ids).
 */
export function createLoaders(em: EntityManager) {
  const childPages = new Map<string, DataLoader<unknown, Page<object>>>();
  return {
    activityById: createRowsByKeyLoader<Activity, number>(em, Activity, 'id'),
    activityByCode: createRowsByKeyLoader<Activity, string>(em, Activity, 'code'),
    charterSignatureById: createRowsByKeyLoader<CharterSignature, number>(em, CharterSignature, 'id'),
    charterSignatureByMunicipality: createRowsByKeyLoader<CharterSignature, number>(em, CharterSignature, 'municipalityId'),
    countryByCode: createRowsByKeyLoader<Country, string>(em, Country, 'code'),
    goodPracticeById: createRowsByKeyLoader<GoodPractice, number>(em, GoodPractice, 'id'),
    goodPracticeByCode: createRowsByKeyLoader<GoodPractice, string>(em, GoodPractice, 'code'),
    indicatorById: createRowsByKeyLoader<Indicator, number>(em, Indicator, 'id'),
    indicatorByCode: createRowsByKeyLoader<Indicator, string>(em, Indicator, 'code'),
    initiativeById: createRowsByKeyLoader<Initiative, number>(em, Initiative, 'id'),
    initiativeByCode: createRowsByKeyLoader<Initiative, string>(em, Initiative, 'code'),
    municipalityByOfficialCode: createMunicipalityByOfficialCodeLoader(em),
    municipalityById: createRowsByKeyLoader<Municipality, number>(em, Municipality, 'id'),
    networkById: createRowsByKeyLoader<Network, number>(em, Network, 'id'),
    networkByCode: createRowsByKeyLoader<Network, string>(em, Network, 'code'),
    observationById: createRowsByKeyLoader<Observation, number>(em, Observation, 'id'),
    organisationById: createRowsByKeyLoader<Organisation, number>(em, Organisation, 'id'),
    organisationByCode: createRowsByKeyLoader<Organisation, string>(em, Organisation, 'code'),
    policyDocumentById: createRowsByKeyLoader<PolicyDocument, number>(em, PolicyDocument, 'id'),
    policyDocumentByCode: createRowsByKeyLoader<PolicyDocument, string>(em, PolicyDocument, 'code'),
    programmeById: createRowsByKeyLoader<Programme, number>(em, Programme, 'id'),
    programmeByCode: createRowsByKeyLoader<Programme, string>(em, Programme, 'code'),
    programmeComponentById: createRowsByKeyLoader<ProgrammeComponent, number>(em, ProgrammeComponent, 'id'),
    sourceById: createRowsByKeyLoader<Source, number>(em, Source, 'id'),
    sourceByKey: createRowsByKeyLoader<Source, string>(em, Source, 'key'),
    themeById: createRowsByKeyLoader<Theme, number>(em, Theme, 'id'),
    themeByCode: createRowsByKeyLoader<Theme, string>(em, Theme, 'code'),
    workingGroupById: createRowsByKeyLoader<WorkingGroup, number>(em, WorkingGroup, 'id'),
    workingGroupByCode: createRowsByKeyLoader<WorkingGroup, string>(em, WorkingGroup, 'code'),
    workingGroupMemberById: createRowsByKeyLoader<WorkingGroupMember, number>(em, WorkingGroupMember, 'id'),

    activitiesByProgramme: createRowsByForeignKeyLoader<Activity, number>(em, Activity, 'programmeId', ['code']),
    activitiesByComponent: createRowsByForeignKeyLoader<Activity, number>(em, Activity, 'componentId', ['code']),
    componentsByProgramme: createRowsByForeignKeyLoader<ProgrammeComponent, number>(em, ProgrammeComponent, 'programmeId', ['position']),
    fundersByProgramme: createRowsByForeignKeyLoader<ProgrammeFunder, number>(em, ProgrammeFunder, 'programmeId', ['id']),
    fundingsByOrganisation: createRowsByForeignKeyLoader<ProgrammeFunder, number>(em, ProgrammeFunder, 'organisationId', ['programmeId']),
    implementationsByOrganisation: createRowsByForeignKeyLoader<ProgrammeImplementer, number>(em, ProgrammeImplementer, 'organisationId', ['programmeId']),
    implementersByProgramme: createRowsByForeignKeyLoader<ProgrammeImplementer, number>(em, ProgrammeImplementer, 'programmeId', ['id']),
    initiativesByComponent: createRowsByForeignKeyLoader<Initiative, number>(em, Initiative, 'componentId', ['code']),
    membersByWorkingGroup: createRowsByForeignKeyLoader<WorkingGroupMember, number>(em, WorkingGroupMember, 'workingGroupId', ['name']),
    networksByProgramme: createRowsByForeignKeyLoader<Network, number>(em, Network, 'programmeId', ['code']),
    participantsByProgramme: createRowsByForeignKeyLoader<ProgrammeParticipant, number>(em, ProgrammeParticipant, 'programmeId', ['id']),
    participationsByMunicipality: createRowsByForeignKeyLoader<ProgrammeParticipant, number>(em, ProgrammeParticipant, 'municipalityId', ['id']),
    policyDocumentsByOrganisation: createRowsByForeignKeyLoader<PolicyDocument, number>(em, PolicyDocument, 'organisationId', ['code']),
    workingGroupsByProgramme: createRowsByForeignKeyLoader<WorkingGroup, number>(em, WorkingGroup, 'programmeId', ['code']),
    workingGroupsByOrganisation: createRowsByForeignKeyLoader<WorkingGroup, number>(em, WorkingGroup, 'organisationId', ['code']),
    goodPracticesByProgramme: createRowsByForeignKeyLoader<GoodPractice, number>(em, GoodPractice, 'programmeId', ['code']),

    countriesByProgramme: createLinkedRowsLoader<ProgrammeCountry, Country, number>(em, {
      link: ProgrammeCountry, from: 'programmeId', to: 'countryCode', target: Country, targetKey: 'code', orderBy: 'code',
    }),
    programmesByCountry: createLinkedRowsLoader<ProgrammeCountry, Programme, string>(em, {
      link: ProgrammeCountry, from: 'countryCode', to: 'programmeId', target: Programme, targetKey: 'id', orderBy: ['nameEn', 'id'],
    }),
    charterSignaturesByCountry: createLinkedRowsLoader<Municipality, CharterSignature, string>(em, {
      link: Municipality, from: 'countryCode', to: 'id', target: CharterSignature, targetKey: 'municipalityId', orderBy: ['signedOn', 'id'],
    }),
    themesByProgramme: createLinkedRowsLoader<ProgrammeTheme, Theme, number>(em, {
      link: ProgrammeTheme, from: 'programmeId', to: 'themeId', target: Theme, targetKey: 'id', orderBy: 'code',
    }),
    sourcesByProgramme: createLinkedRowsLoader<ProgrammeSource, Source, number>(em, {
      link: ProgrammeSource, from: 'programmeId', to: 'sourceId', target: Source, targetKey: 'id', orderBy: 'key',
    }),
    themesByInitiative: createLinkedRowsLoader<InitiativeTheme, Theme, number>(em, {
      link: InitiativeTheme, from: 'initiativeId', to: 'themeId', target: Theme, targetKey: 'id', orderBy: 'code',
    }),
    municipalitiesByInitiative: createLinkedRowsLoader<InitiativeMunicipality, Municipality, number>(em, {
      link: InitiativeMunicipality, from: 'initiativeId', to: 'municipalityId', target: Municipality, targetKey: 'id', orderBy: 'nameLocal',
    }),
    indicatorsByProgramme: createIndicatorsByScopeLoader(em, 'programmeId'),

    /** The loader of one child list for one page request (and filter), made on first use. */
    childPage<T extends object, K extends string | number>(name: string, request: PageRequest, list: () => ChildList<T>): DataLoader<K, Page<T>> {
      const key = `${name}|${pageRequestKey(request)}`;
      let loader = childPages.get(key);
      if (!loader) {
        loader = createChildPageLoader<T, K>(em, list(), request) as unknown as DataLoader<unknown, Page<object>>;
        childPages.set(key, loader);
      }
      return loader as unknown as DataLoader<K, Page<T>>;
    },
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
