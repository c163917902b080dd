import { OrganisationKind } from '../entities/organisation.entity';
import type { CountryCode } from './countries.seed-data';

/** An organisation the seed records, keyed by `code`. */
export interface OrganisationSeed {
  code: string;
  nameEn: string;
  nameLocal?: string;
  acronym?: string;
  kind: OrganisationKind;
  countryCode?: CountryCode;
}

export const organisations = [
  {
    // Doc 001 also calls it the "Swedish Association of Local and Regional Authorities", doc 004 uses
    // its former acronym SKL (Sveriges Kommuner och Landsting); the entity keeps one name a language.
    code: 'SALAR',
    nameEn: 'Swedish Association of Local Authorities and Regions',
    nameLocal: 'Sveriges Kommuner och Regioner',
    acronym: 'SKR',
    kind: OrganisationKind.ASSOCIATION,
    countryCode: 'SE',
  },
  {
    code: 'SCTM',
    nameEn: 'Standing Conference of Towns and Municipalities',
    nameLocal: 'Stalna konferencija gradova i opština',
    acronym: 'SCTM',
    kind: OrganisationKind.ASSOCIATION,
    countryCode: 'RS',
  },
  {
    code: 'CEMR',
    nameEn: 'Council of European Municipalities and Regions',
    acronym: 'CEMR',
    kind: OrganisationKind.INTERNATIONAL_ASSOCIATION,
  },
  {
    code: 'KAU',
    nameEn: 'Karlstad University',
    nameLocal: 'Karlstads universitet',
    kind: OrganisationKind.UNIVERSITY,
    countryCode: 'SE',
  },
  {
    // Doc 003: "APeL, a national centre for work-place learning".
    code: 'APEL',
    nameEn: 'APeL, national centre for work-place learning',
    acronym: 'APeL',
    kind: OrganisationKind.RESEARCH_CENTRE,
    countryCode: 'SE',
  },
  {
    code: 'GOV_SE',
    nameEn: 'Government of Sweden',
    nameLocal: 'Sveriges regering',
    kind: OrganisationKind.GOVERNMENT,
    countryCode: 'SE',
  },
  {
    code: 'NO_BLD',
    nameEn: 'Ministry of Children, Equality and Social Inclusion',
    nameLocal: 'Barne-, likestillings- og inkluderingsdepartementet',
    acronym: 'BLD',
    kind: OrganisationKind.GOVERNMENT,
    countryCode: 'NO',
  },
] as const satisfies readonly OrganisationSeed[];

export type OrganisationCode = (typeof organisations)[number]['code'];
