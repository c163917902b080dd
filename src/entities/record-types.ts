import { activityRecord } from './activity.entity';
import { charterSignatureRecord } from './charter-signature.entity';
import { countryRecord } from './country.entity';
import { disbursementRecord } from './disbursement.entity';
import { indicatorFrameworkElementRecord } from './framework-element-indicator.entity';
import { frameworkElementRecord } from './framework-element.entity';
import { frameworkRecord } from './framework.entity';
import { goodPracticeRecord } from './good-practice.entity';
import { indicatorRecord } from './indicator.entity';
import { initiativeMunicipalityRecord } from './initiative-municipality.entity';
import { initiativeThemeRecord } from './initiative-theme.entity';
import { initiativeRecord } from './initiative.entity';
import { municipalityRecord } from './municipality.entity';
import { networkMemberRecord } from './network-member.entity';
import { networkRecord } from './network.entity';
import { observationRecord } from './observation.entity';
import { organisationRecord } from './organisation.entity';
import { policyDocumentRecord } from './policy-document.entity';
import { programmeBudgetRecord } from './programme-budget.entity';
import { programmeComponentRecord } from './programme-component.entity';
import { programmeCountryRecord } from './programme-country.entity';
import { programmeFunderRecord } from './programme-funder.entity';
import { programmeImplementerRecord } from './programme-implementer.entity';
import { programmeParticipantRecord } from './programme-participant.entity';
import { programmeSourceRecord } from './programme-source.entity';
import { programmeThemeRecord } from './programme-theme.entity';
import { programmeRecord } from './programme.entity';
import { sourceRecord } from './source.entity';
import { themeRecord } from './theme.entity';
import { workingGroupMemberRecord } from './working-group-member.entity';
import { workingGroupRecord } from './working-group.entity';

/**
 * Every table the API reads, each described once (beside its entity): the loaders by id and by
 * natural key, `node(id:)`, the read rules, the parts of records, the writes' natural-key checks
 * and the seed follow from this list. A new record type is one line here.
 */
export const recordTypes = [
  activityRecord,
  charterSignatureRecord,
  countryRecord,
  frameworkRecord,
  frameworkElementRecord,
  goodPracticeRecord,
  indicatorRecord,
  indicatorFrameworkElementRecord,
  initiativeRecord,
  initiativeMunicipalityRecord,
  initiativeThemeRecord,
  municipalityRecord,
  networkRecord,
  networkMemberRecord,
  observationRecord,
  organisationRecord,
  policyDocumentRecord,
  programmeRecord,
  programmeComponentRecord,
  programmeCountryRecord,
  programmeFunderRecord,
  programmeImplementerRecord,
  programmeParticipantRecord,
  programmeSourceRecord,
  programmeThemeRecord,
  sourceRecord,
  themeRecord,
  workingGroupRecord,
  workingGroupMemberRecord,
  programmeBudgetRecord,
  disbursementRecord,
] as const;

/** Any one of the record types. */
export type AnyRecordType = (typeof recordTypes)[number];
