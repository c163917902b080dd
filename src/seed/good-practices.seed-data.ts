import { LocalGovernmentRole, PracticeArea } from '../entities/good-practice.entity';
import type { OrganisationCode } from './organisations.seed-data';
import type { ProgrammeCode } from './programmes.seed-data';
import type { SourceKey } from './sources.seed-data';

/** A good practice, keyed by `code`. */
export interface GoodPracticeSeed {
  code: string;
  titleEn: string;
  summary: string;
  areas: readonly PracticeArea[];
  roles: readonly LocalGovernmentRole[];
  recognisedBy?: string;
  organisationCode?: OrganisationCode;
  programmeCode?: ProgrammeCode;
  sourceKey: SourceKey;
}

/**
 * Only the practice a document names. The Norwegian programme's collection of municipal examples is
 * described (by role and theme) but none of its examples is, so none is recorded.
 */
export const goodPractices = [
  {
    code: 'SCTM_SALAR_CHARTER_COOPERATION',
    titleEn:
      'SCTM-SALAR cooperation applying the European Charter for Equality in international cooperation and twinning',
    summary:
      'The cooperation of SCTM and SALAR in the programme "Support to Local Governments in Serbia in the EU Integration Process", recognised by ' +
      'the Observatory of the European Charter for Equality of Women and Men in Local Life as a good practice example in applying the Charter in ' +
      'the area of international cooperation and twinning.',
    areas: [PracticeArea.INTERNATIONAL_COOPERATION],
    roles: [],
    recognisedBy: 'Observatory of the European Charter for Equality of Women and Men in Local Life',
    organisationCode: 'SCTM',
    programmeCode: 'SE_RS_EU_INTEGRATION',
    sourceKey: 'sctm-gender-equality-at-local-level',
  },
] as const satisfies readonly GoodPracticeSeed[];
