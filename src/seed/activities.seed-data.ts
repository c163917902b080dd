import { ActivityKind } from '../entities/activity.entity';
import { PersonRole } from '../entities/person-role.enum';
import type { OrganisationCode } from './organisations.seed-data';
import type { ProgrammeCode } from './programmes.seed-data';
import type { SourceKey } from './sources.seed-data';

/** A capacity-building activity, keyed by `code`; its component is named by the programme and position. */
export interface ActivitySeed {
  code: string;
  programmeCode?: ProgrammeCode;
  componentPosition?: number;
  kind: ActivityKind;
  nameEn: string;
  summary: string;
  providerCode?: OrganisationCode;
  audience?: string;
  audienceRoles: readonly PersonRole[];
  creditsEcts?: string;
  startOn?: string;
  endOn?: string;
  sourceKey: SourceKey;
}

const HAJ_SOURCE = 'haj-gender-mainstreaming-at-local-level';
const LEADERS = [PersonRole.PROJECT_LEADER, PersonRole.PROCESS_LEADER] as const;
const WORKING_GROUP_ROLES = [
  PersonRole.GENDER_EXPERT,
  PersonRole.POLITICIAN,
  PersonRole.MUNICIPAL_REPRESENTATIVE,
  PersonRole.ASSOCIATION_STAFF,
] as const;
const SCTM_GENDER_COMPONENT = { programmeCode: 'SE_RS_EU_INTEGRATION', componentPosition: 3 } as const;

/**
 * The nine main learning and capacity-building initiatives of HåJ, in the source's order (numbered in
 * their codes). The source dates the list as a whole, 2009-2013, not each initiative, so each carries
 * that span.
 */
type HajLearningInitiative = Omit<ActivitySeed, 'programmeCode' | 'startOn' | 'endOn' | 'sourceKey'>;

const hajLearningInitiatives: readonly ActivitySeed[] = (
  [
    {
      code: 'HAJ_LEARNING_01_GM_TRAINING',
      kind: ActivityKind.TRAINING_COURSE,
      nameEn: 'Gender mainstreaming for GM project leaders and process leaders',
      summary:
        'Training conducted by SALAR for project leaders and process leaders from local authorities participating in the programme.',
      providerCode: 'SALAR',
      audience: 'Project leaders and process leaders from local authorities participating in the programme',
      audienceRoles: LEADERS,
    },
    {
      code: 'HAJ_LEARNING_02_FORUMS',
      kind: ActivityKind.LEARNING_FORUM,
      nameEn: 'Forums for learning and exchange for GM project leaders and process leaders',
      summary:
        'Exchange of experiences and joint learning following the practical work on gender mainstreaming activities, facilitated by SALAR.',
      providerCode: 'SALAR',
      audience: 'Gender mainstreaming project leaders and process leaders',
      audienceRoles: LEADERS,
    },
    {
      code: 'HAJ_LEARNING_03_UNIVERSITY_COURSE',
      kind: ActivityKind.UNIVERSITY_COURSE,
      nameEn: 'Gender equality in theory and practice for GE strategists',
      summary:
        'University course (15 ECTS) conducted by Karlstad University for gender equality strategists, based on a concept developed by SALAR.',
      providerCode: 'KAU',
      audience: 'Gender equality strategists',
      audienceRoles: [PersonRole.GENDER_EQUALITY_STRATEGIST],
      creditsEcts: '15',
    },
    {
      code: 'HAJ_LEARNING_04_CEMR_TRAINING',
      kind: ActivityKind.TRAINING_COURSE,
      nameEn: 'CEMR training',
      summary:
        'One- to two-day training on how to make an action plan according to the CEMR (European Charter for Equality of Women and Men in Local Life) ' +
        'and use it in the gender mainstreaming work of local authorities.',
      audience: 'Local authorities',
      audienceRoles: [],
    },
    {
      code: 'HAJ_LEARNING_05_COACHING',
      kind: ActivityKind.COACHING,
      nameEn: 'Coaching',
      summary: 'Individual coaching of project leaders and process leaders.',
      audience: 'Project leaders and process leaders',
      audienceRoles: LEADERS,
    },
    {
      code: 'HAJ_LEARNING_06_RESEARCH_SEMINARS',
      kind: ActivityKind.SEMINAR,
      nameEn: 'Research based learning and reflection seminars',
      summary:
        'Joint learning initiatives based on an interactive and on-going research initiative funded by the programme and conducted with researchers ' +
        'from APeL, a national centre for work-place learning.',
      providerCode: 'APEL',
      audienceRoles: [],
    },
    {
      code: 'HAJ_LEARNING_07_LOCAL_GENDER_TRAINING',
      kind: ActivityKind.TRAINING_COURSE,
      nameEn: 'Gender training for politicians, managers and key-actors in local authorities',
      summary:
        'Training activities conducted by the local authorities themselves, with funding from the programme, targeting politicians, managers and key actors.',
      audience: 'Politicians, managers and key actors in local authorities',
      audienceRoles: [PersonRole.POLITICIAN, PersonRole.MANAGER, PersonRole.KEY_ACTOR],
    },
    {
      code: 'HAJ_LEARNING_08_START_UP_KIT',
      kind: ActivityKind.TOOLKIT,
      nameEn: 'The start-up kit',
      summary: 'Training initiative for local authorities not participating in the HåJ programme.',
      audience: 'Local authorities not participating in the HåJ programme',
      audienceRoles: [],
    },
    {
      code: 'HAJ_LEARNING_09_SALAR_INTERNAL_TRAINING',
      kind: ActivityKind.TRAINING_COURSE,
      nameEn: 'Internal training at SALAR',
      summary: 'Several different training initiatives to strengthen SALAR as a key player in gender mainstreaming.',
      providerCode: 'SALAR',
      audience: 'SALAR staff',
      audienceRoles: [PersonRole.ASSOCIATION_STAFF],
    },
  ] satisfies readonly HajLearningInitiative[]
).map((activity) => ({
  ...activity,
  programmeCode: 'HAJ',
  startOn: '2009-01-01',
  endOn: '2013-12-31',
  sourceKey: HAJ_SOURCE,
}));

/** SCTM's and SALAR's activities in Serbia, as far as documents 000 and 001 describe them. */
const sctmActivities = [
  {
    code: 'SCTM_GWG_TRAINING',
    ...SCTM_GENDER_COMPONENT,
    kind: ActivityKind.TRAINING_COURSE,
    nameEn: 'Training for the SCTM Gender Working Group',
    summary:
      'Training invested in the SCTM Gender Working Group, with a study visit and other capacity building, before it was put into action.',
    audience: 'Members of the SCTM Gender Working Group',
    audienceRoles: WORKING_GROUP_ROLES,
    sourceKey: 'salar-sctm-gender-collaboration',
  },
  {
    code: 'SCTM_GWG_STUDY_VISIT_SWEDEN',
    ...SCTM_GENDER_COMPONENT,
    kind: ActivityKind.STUDY_VISIT,
    nameEn: 'Study visit to Swedish municipalities for the SCTM Gender Working Group',
    summary:
      'A study visit to Swedish municipalities, part of the capacity building invested in the SCTM Gender Working Group.',
    audience: 'Members of the SCTM Gender Working Group',
    audienceRoles: WORKING_GROUP_ROLES,
    sourceKey: 'salar-sctm-gender-collaboration',
  },
  {
    code: 'SCTM_CHARTER_GM_TRAINING_2014',
    ...SCTM_GENDER_COMPONENT,
    kind: ActivityKind.TRAINING_COURSE,
    nameEn: 'Gender mainstreaming training based on the European Charter for Equality, in Serbia (2014)',
    summary:
      'Planned for 2014: SCTM and SALAR arrange similar gender mainstreaming trainings based on the European Charter for Equality in Serbia ' +
      'and in Sweden, to compare and learn from the similarities and differences of the two countries. This is the Serbian one.',
    providerCode: 'SCTM',
    audienceRoles: [],
    startOn: '2014-01-01',
    endOn: '2014-12-31',
    sourceKey: 'salar-sctm-gender-collaboration',
  },
  {
    code: 'SALAR_CHARTER_GM_TRAINING_2014',
    ...SCTM_GENDER_COMPONENT,
    kind: ActivityKind.TRAINING_COURSE,
    nameEn: 'Gender mainstreaming training based on the European Charter for Equality, in Sweden (2014)',
    summary:
      'Planned for 2014: SCTM and SALAR arrange similar gender mainstreaming trainings based on the European Charter for Equality in Serbia ' +
      'and in Sweden, to compare and learn from the similarities and differences of the two countries. This is the Swedish one.',
    providerCode: 'SALAR',
    audienceRoles: [],
    startOn: '2014-01-01',
    endOn: '2014-12-31',
    sourceKey: 'salar-sctm-gender-collaboration',
  },
  {
    code: 'SCTM_CHARTER_PROMOTION',
    kind: ActivityKind.CONFERENCE,
    nameEn: 'Sharing the translated European Charter for Equality at conferences and round tables',
    summary:
      'SCTM has promoted the European Charter for Equality of Women and Men in Local Life since 2009, first by translating it and sharing it ' +
      'at conferences and round tables, then with more focused support under the Sweden-Serbia programme.',
    providerCode: 'SCTM',
    audienceRoles: [],
    startOn: '2009-01-01',
    sourceKey: 'sctm-gender-equality-at-local-level',
  },
  {
    code: 'SCTM_GE_TRAINING_COURSES',
    ...SCTM_GENDER_COMPONENT,
    kind: ActivityKind.TRAINING_COURSE,
    nameEn: 'Training courses on gender equality for local officials',
    summary:
      'Many training courses organised by SCTM to raise the capacities of local officials for gender equality work and to give space for sharing ' +
      'knowledge and networking.',
    providerCode: 'SCTM',
    audience: 'Local officials: practitioners and agenda setters at local level and within SCTM structures',
    audienceRoles: [],
    sourceKey: 'sctm-gender-equality-at-local-level',
  },
  {
    code: 'SCTM_GE_ROUND_TABLES',
    ...SCTM_GENDER_COMPONENT,
    kind: ActivityKind.ROUND_TABLE,
    nameEn: 'Round tables on gender equality at local level',
    summary:
      'Round tables organised by SCTM to give space for sharing knowledge and networking on gender equality work.',
    providerCode: 'SCTM',
    audience: 'Local officials: practitioners and agenda setters at local level and within SCTM structures',
    audienceRoles: [],
    sourceKey: 'sctm-gender-equality-at-local-level',
  },
  {
    code: 'SCTM_GE_CONFERENCES',
    ...SCTM_GENDER_COMPONENT,
    kind: ActivityKind.CONFERENCE,
    nameEn: 'Conferences on gender equality at local level',
    summary:
      'Conferences organised by SCTM to give space for sharing knowledge and networking on gender equality work.',
    providerCode: 'SCTM',
    audience: 'Local officials: practitioners and agenda setters at local level and within SCTM structures',
    audienceRoles: [],
    sourceKey: 'sctm-gender-equality-at-local-level',
  },
] as const satisfies readonly ActivitySeed[];

/** The one activity document 002 names within Norway's programme. */
const norwegianActivities = [
  {
    code: 'NO_EQUALITY_DIVERSITY_COURSE',
    programmeCode: 'NO_LIKESTILTE_KOMMUNER',
    kind: ActivityKind.TRAINING_COURSE,
    nameEn: 'Course on equality and diversity',
    summary:
      "A course focusing on equality and diversity, in which most of the programme's municipalities took part, widening their perception beyond the gender perspective.",
    audience: 'Municipalities in the programme',
    audienceRoles: [],
    sourceKey: 'norway-gender-approach-in-local-policies',
  },
] as const satisfies readonly ActivitySeed[];

export const activities: readonly ActivitySeed[] = [
  ...hajLearningInitiatives,
  ...sctmActivities,
  ...norwegianActivities,
];
