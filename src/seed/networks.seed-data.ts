import type { OrganisationCode } from './organisations.seed-data';
import type { ProgrammeCode } from './programmes.seed-data';
import type { SourceKey } from './sources.seed-data';

/** A network of practitioners, keyed by `code`. */
export interface NetworkSeed {
  code: string;
  nameEn: string;
  summary: string;
  organisationCode: OrganisationCode;
  programmeCode?: ProgrammeCode;
  sourceKey: SourceKey;
}

export const networks = [
  {
    code: 'SCTM_LOCAL_GENDER_EQUALITY_NETWORK',
    nameEn: 'Network of professionals and elected representatives on local level in charge of gender equality',
    summary:
      'Formed by SCTM during the Sweden-Serbia programme for the professionals and elected representatives in charge of gender equality issues ' +
      'at local level; their networking was also supported by an e-platform for professional exchange and horizontal communication.',
    organisationCode: 'SCTM',
    programmeCode: 'SE_RS_EU_INTEGRATION',
    sourceKey: 'sctm-gender-equality-at-local-level',
  },
] as const satisfies readonly NetworkSeed[];
