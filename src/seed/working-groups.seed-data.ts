import { PersonRole } from '../entities/person-role.enum';
import type { OrganisationCode } from './organisations.seed-data';
import type { ProgrammeCode } from './programmes.seed-data';
import type { SourceKey } from './sources.seed-data';

/** A working group, keyed by `code`. The sources name no members, so the seed records none. */
export interface WorkingGroupSeed {
  code: string;
  nameEn: string;
  summary: string;
  organisationCode: OrganisationCode;
  programmeCode?: ProgrammeCode;
  memberRoles: readonly PersonRole[];
  sourceKey: SourceKey;
}

export const workingGroups = [
  {
    code: 'SCTM_GENDER_WORKING_GROUP',
    nameEn: 'SCTM Gender Working Group',
    summary:
      "A task force of gender experts, politicians, municipal representatives and SCTM staff (document 001 calls it SCTM's Working Group on " +
      'gender equality), the main facilitator of the gender activities of the Sweden-Serbia programme. Training, a study visit to Swedish ' +
      'municipalities and other capacity building were invested in it. It is a resource for other SCTM policies such as EU accession, business ' +
      "development and environmental issues, and it prepared SCTM's new gender policy from input by municipalities and NGOs, citizen dialogue " +
      'and the support of national, SCTM and SALAR gender experts.',
    organisationCode: 'SCTM',
    programmeCode: 'SE_RS_EU_INTEGRATION',
    memberRoles: [
      PersonRole.GENDER_EXPERT,
      PersonRole.POLITICIAN,
      PersonRole.MUNICIPAL_REPRESENTATIVE,
      PersonRole.ASSOCIATION_STAFF,
    ],
    sourceKey: 'salar-sctm-gender-collaboration',
  },
] as const satisfies readonly WorkingGroupSeed[];
