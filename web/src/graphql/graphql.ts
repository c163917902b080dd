/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whom to invite, and what the account may do. */
export type AccountInvitationInput = {
  /** Email of the person; unique among accounts whatever its case. */
  email: string;
  /** Municipalities a REPORTER reports for (global ids); empty for other roles. */
  municipalities?: Array<string | number> | null | undefined;
  /** Organisations an EDITOR, REVIEWER or VIEWER acts for (global ids); empty for other roles. */
  organisations?: Array<string | number> | null | undefined;
  /** What it may do. */
  role: Role;
};

/** Where a Charter signatory stands with its Equality Action Plan. */
export type ActionPlanStatus =
  /** The action plan is adopted. */
  | 'ADOPTED'
  /** No action plan yet, and the two years after signing have not run out. */
  | 'DUE'
  /** No action plan, and more than two years have passed since signing. */
  | 'OVERDUE'
  /** No action plan recorded and no signing date to count from. */
  | 'UNKNOWN';

/** A new API token: its name, role, scope and expiry. */
export type ApiTokenInput = {
  /** When it stops working; null: never. */
  expiresAt?: string | null | undefined;
  /** Municipalities a REPORTER reports for (global ids); empty for other roles. */
  municipalities?: Array<string | number> | null | undefined;
  /** What it is for, e.g. `Nightly import from the municipal register`. */
  name: string;
  /** Organisations an EDITOR, REVIEWER or VIEWER acts for (global ids); empty for other roles. */
  organisations?: Array<string | number> | null | undefined;
  /** What it may do. */
  role: Role;
};

/** What a write did to a record. */
export type AuditAction =
  /** A reviewer approved it. */
  | 'APPROVE'
  /** It was archived: left out of every read but its history. */
  | 'ARCHIVE'
  /** The record was written for the first time. */
  | 'CREATE'
  /** A reviewer returned it for revision. */
  | 'RETURN'
  /** Its values changed. */
  | 'UPDATE';

/** What the hub computes about a programme from its own records. */
export type ComputedFigureKind =
  /** Initiatives recorded under the programme (with a period: those whose own period overlaps it). */
  | 'INITIATIVE_COUNT'
  /** Distinct municipalities taking part: the programme's participants, and the participating and lead municipalities of the counted initiatives. */
  | 'MUNICIPALITIES_REACHED'
  /** For one BOOLEAN indicator observed at initiative level: 100 × initiatives whose latest approved value is true (1) / initiatives with a value (0 or 1). */
  | 'SHARE_TRUE';

/** A dimension an indicator's values may be split by. */
export type Disaggregation =
  | 'ROLE'
  | 'SEX';

/** The part an organisation plays in implementing a programme. */
export type ImplementerRole =
  | 'LEAD'
  | 'PARTNER'
  | 'TECHNICAL_SUPPORT';

/** How an indicator's values combine across scopes and periods. */
export type IndicatorAggregation =
  | 'LATEST'
  | 'MEAN'
  | 'SHARE'
  | 'SUM';

/** Whether values are published figures or derived by the hub from its records. */
export type IndicatorComputation =
  | 'COMPUTED'
  | 'REPORTED';

/** Which way is better for an indicator's values. */
export type IndicatorDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER'
  | 'NEUTRAL';

/** A framework element an indicator measures, with why. */
export type IndicatorFrameworkElementInput = {
  /** Global id of the framework element. */
  element: string | number;
  /** Why the indicator measures the element: a mapping is a claim, and the claim keeps its reason. */
  rationale?: string | null | undefined;
};

/** The editable fields of an indicator; an update replaces all of them. */
export type IndicatorInput = {
  /** How values combine across scopes and periods. */
  aggregation: IndicatorAggregation;
  /** Stable natural key, unique among indicators, for example `HAJ_TANGIBLE_IMPROVEMENTS`; values are submitted by it. */
  code: string;
  /** REPORTED (values are submitted) or COMPUTED by the hub (values are refused). */
  computation: IndicatorComputation;
  /** What exactly is counted or measured. */
  definition?: string | null | undefined;
  /** Which way is better. */
  direction: IndicatorDirection;
  /** The dimensions values may be split by, each once. */
  disaggregations?: Array<Disaggregation>;
  /** Output, outcome or impact. */
  level: IndicatorLevel;
  /** Name in English. */
  nameEn: string;
  /** What the values measure in; PERCENT values lie from 0 to 100. */
  unit: IndicatorUnit;
};

/** The results-chain level of an indicator (IATI result types output, outcome, impact). */
export type IndicatorLevel =
  | 'IMPACT'
  | 'OUTCOME'
  | 'OUTPUT';

/** What an indicator's values measure in. */
export type IndicatorUnit =
  | 'BOOLEAN'
  | 'COUNT'
  | 'MONEY'
  | 'PERCENT'
  | 'SCORE';

/** The editable fields of an initiative; an update replaces all of them. */
export type InitiativeInput = {
  /** Stable natural key, unique among initiatives. */
  code: string;
  /** Global id of the programme component it belongs to. */
  component?: string | number | null | undefined;
  /** Last day (YYYY-MM-DD), not before `startOn`. */
  endOn?: string | null | undefined;
  /** The grant, at least 0, in `grantCurrency`. */
  grantAmount?: number | null | undefined;
  /** ISO 4217 code of the grant's currency, for example `EUR`. */
  grantCurrency?: string | null | undefined;
  /** Global id of the municipality that leads it. */
  leadMunicipality?: string | number | null | undefined;
  /** Global id of the organisation that leads it. */
  leadOrganisation?: string | number | null | undefined;
  /** Name in English. */
  nameEn: string;
  /** Name in the original language. */
  nameLocal?: string | null | undefined;
  /** Global id of the programme that funds the initiative. */
  programme: string | number;
  /** First day (YYYY-MM-DD). */
  startOn?: string | null | undefined;
  /** Where the initiative stands, when known. */
  status?: InitiativeStatus | null | undefined;
  /** What the initiative does. */
  summary?: string | null | undefined;
};

/** Where an initiative stands. */
export type InitiativeStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ONGOING'
  | 'PLANNED';

/** The tier of a local or regional self-government unit. */
export type MunicipalityKind =
  | 'CITY'
  | 'MUNICIPALITY'
  | 'REGION';

/** How each indicator's values are put on one scale before they are weighted together. */
export type Normalisation =
  /** Min-max: 0 for the worst value among the ranked municipalities, 1 for the best, linear between. When every municipality with data has the same value, each scores 0.5. */
  | 'MIN_MAX'
  /** Z-score: how many (population) standard deviations a value lies on the better side of the mean; 0 at the mean, negative on the worse side. When every municipality with data has the same value, each scores 0. */
  | 'Z_SCORE';

/** One value to submit. Indicator, scope, period, sex, role and kind are its natural key: a row with the key of a stored value updates that value. */
export type ObservationInput = {
  /** Denominator of a percentage, where known; greater than zero. */
  denominator?: number | null | undefined;
  /** Links (http or https, at most 20) to documents that back the value. */
  evidenceUrls?: Array<string>;
  /** The indicator's code, for example `TRAINED`. */
  indicator: string;
  /** Baseline, target or actual (the default). */
  kind?: ObservationKind;
  /** Numerator of a percentage, where known; not negative. */
  numerator?: number | null | undefined;
  /** Last day of the period (YYYY-MM-DD), not before `periodStart`. */
  periodEnd: string;
  /** First day of the period (YYYY-MM-DD). */
  periodStart: string;
  /** Role cell; only for indicators disaggregated by ROLE; null for every role. */
  role?: PersonRole | null | undefined;
  /** Global id of what the value is about: a Municipality, Programme, Initiative, Organisation, Activity or Country. */
  scope: string | number;
  /** Sex cell; FEMALE or MALE only for indicators disaggregated by SEX. */
  sex?: Sex;
  /** Key of the Source that states the value, for example `salar-hoj-programme-page`. */
  source?: string | null | undefined;
  /** The value in the indicator's unit: PERCENT 0-100, BOOLEAN 0 or 1, COUNT not negative. */
  value: number;
  /** The stored value's `version` as read, when changing it: if the value has changed since (or is not stored), the batch is refused with CONFLICT. Leave out to write regardless. */
  version?: number | null | undefined;
};

/** Baseline, target or actual value. */
export type ObservationKind =
  | 'ACTUAL'
  | 'BASELINE'
  | 'TARGET';

/** How a series cuts its range into periods. */
export type PeriodType =
  /** The whole range as one period. */
  | 'CUSTOM'
  /** Calendar half-years: January-June and July-December. */
  | 'HALF_YEAR'
  /** Calendar quarters. */
  | 'QUARTER'
  /** Calendar years. */
  | 'YEAR';

/** The role a person has in local government work: who is trained, who sits in a working group. */
export type PersonRole =
  | 'ASSOCIATION_STAFF'
  | 'CIVIL_SERVANT'
  | 'GENDER_EQUALITY_STRATEGIST'
  | 'GENDER_EXPERT'
  | 'KEY_ACTOR'
  | 'MANAGER'
  | 'MUNICIPAL_REPRESENTATIVE'
  | 'NGO_REPRESENTATIVE'
  | 'POLITICIAN'
  | 'PROCESS_LEADER'
  | 'PROJECT_LEADER';

/** Which programmes to list; every condition given must hold. */
export type ProgrammeFilter = {
  /** Ran (or, before it started, was planned to run) during this year. */
  activeInYear?: number | null | undefined;
  /** Works in this country (ISO 3166-1 alpha-2). */
  country?: string | null | undefined;
  /** Funded by the organisation with this code, for example `GOV-SE`. */
  funder?: string | null | undefined;
  /** Text contained in the code or the English or original name, ignoring case. */
  search?: string | null | undefined;
  /** Works on the theme with this code. */
  theme?: string | null | undefined;
};

/** An organisation that funds a programme, with the amount where it is known. */
export type ProgrammeFunderInput = {
  /** How much it funds, at least 0, in `currency`. */
  amount?: number | null | undefined;
  /** ISO 4217 code of the currency, for example `NOK`. */
  currency?: string | null | undefined;
  /** Global id of the funding organisation. */
  organisation: string | number;
};

/** An organisation that implements a programme, and in what role. */
export type ProgrammeImplementerInput = {
  /** Global id of the implementing organisation. */
  organisation: string | number;
  /** The part the organisation plays. */
  role: ImplementerRole;
};

/** The editable fields of a programme; an update replaces all of them. */
export type ProgrammeInput = {
  /** Total budget, at least 0, in `budgetCurrency`. */
  budgetAmount?: number | null | undefined;
  /** ISO 4217 code of the budget's currency, for example `SEK`. */
  budgetCurrency?: string | null | undefined;
  /** Whether the budget is public; unpublished, only the programme's funders and implementers read it. */
  budgetPublished?: boolean;
  /** Stable natural key, unique among programmes, for example `HAJ`. */
  code: string;
  /** Last day the programme actually ran (YYYY-MM-DD), not before `startOn`. */
  endOn?: string | null | undefined;
  /** Name in English. */
  nameEn: string;
  /** Name in the original language. */
  nameLocal?: string | null | undefined;
  /** Global id of the programme this one is part of. */
  parent?: string | number | null | undefined;
  /** Last day of the period as planned (YYYY-MM-DD), not before `plannedStartOn`. */
  plannedEndOn?: string | null | undefined;
  /** First day of the period as planned (YYYY-MM-DD). */
  plannedStartOn?: string | null | undefined;
  /** Whether the programme is public. */
  published?: boolean;
  /** First day the programme actually ran (YYYY-MM-DD). */
  startOn?: string | null | undefined;
  /** Global id of the programme that continued this one's work. */
  successor?: string | number | null | undefined;
  /** What the programme sets out to do. */
  summary?: string | null | undefined;
  /** Web address of the programme (http or https). */
  website?: string | null | undefined;
};

/** A municipality taking part in a programme, with the grant it received where known. */
export type ProgrammeParticipantInput = {
  /** The grant it received, at least 0, in `grantCurrency`. */
  grantAmount?: number | null | undefined;
  /** ISO 4217 code of the grant's currency, for example `NOK`. */
  grantCurrency?: string | null | undefined;
  /** Global id of the municipality. */
  municipality: string | number;
  /** Global id of the source that states the grant. */
  source?: string | number | null | undefined;
};

/** What a reviewer decides about SUBMITTED values. */
export type ReviewDecision =
  /** The values become APPROVED: the official record that public reads and analytics show. */
  | 'APPROVE'
  /** The values become RETURNED for revision, with the comment saying what to change; a new submit makes them SUBMITTED again. */
  | 'RETURN';

/** Where a value stands in review; only APPROVED values are the official record. */
export type ReviewStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

/** What a token may do; its scope (organisations or municipalities) says where. */
export type Role =
  /** Everything, everywhere. */
  | 'ADMIN'
  /** Edits the programmes and initiatives its organisations implement. */
  | 'EDITOR'
  /** Submits observations for its municipalities only. */
  | 'REPORTER'
  /** Approves or returns observations in its organisations' programmes. */
  | 'REVIEWER'
  /** Reads the unpublished data of the programmes its organisations fund. */
  | 'VIEWER';

/** What the values of a series may be grouped by. */
export type SeriesDimension =
  /** The country of the value: its country scope, or the country of its municipality or region. */
  | 'COUNTRY'
  /** The municipality, city or region the value is about. */
  | 'MUNICIPALITY'
  /** The programme of the value: its programme scope, or the programme of its initiative or activity. */
  | 'PROGRAMME'
  /** The region of the value: a region's own values, and those of the municipalities whose parent it is. */
  | 'REGION'
  /** The role cell; values for every role together are then left out (needs an indicator disaggregated by role). */
  | 'ROLE'
  /** The sex cell: TOTAL, FEMALE and MALE each a group (needs an indicator disaggregated by sex). */
  | 'SEX';

/** The sex disaggregation cell of a figure: TOTAL for women and men together. */
export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'TOTAL';

/** The editable fields of a source; an update replaces all of them. */
export type SourceInput = {
  /** Global id of the source this one is cited in (a chapter of a report, for one). */
  citedIn?: string | number | null | undefined;
  /** Stable natural key, unique among sources, for example `salar-hoj-programme-page`. */
  key: string;
  /** What kind of publication it is. */
  kind: SourceKind;
  /** Language of the source as an ISO 639-1 code, for example `sv`. */
  language?: string | null | undefined;
  /** Publication date (YYYY-MM-DD), when the source states it. */
  publishedOn?: string | null | undefined;
  /** Publication year, when only the year is known (the year of `publishedOn` when both are given); 1900 to 2200. */
  publishedYear?: number | null | undefined;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** Title as the source gives it. */
  title: string;
  /** English translation of the title, where the source is in another language. */
  titleEn?: string | null | undefined;
  /** Where it can be read (http or https). */
  url?: string | null | undefined;
};

/** What kind of publication a source is. */
export type SourceKind =
  | 'ARTICLE'
  | 'CODE_LIST'
  | 'EVALUATION'
  | 'REPORT'
  | 'STATISTICS'
  | 'WEB_PAGE';

/** An indicator to rank on, and how much it counts in the composite score. */
export type WeightedIndicator = {
  /** The indicator's code; NOT_FOUND when there is none. Its direction must be HIGHER_IS_BETTER or LOWER_IS_BETTER. */
  code: string;
  /** Relative weight, 0 to 1000 (default 1); only the ratios between weights matter. The weights may not all be zero. */
  weight?: number;
};

export type AdminOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOverviewQuery = { viewer: { role: Role | null, municipalities: Array<{ id: string, nameLocal: string }>, organisations: Array<{ code: string, nameEn: string }> } };

export type AdminAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAccessQuery = { accounts: Array<{ id: string, version: number, email: string, role: Role, disabled: boolean, passwordSet: boolean, organisations: Array<{ code: string }>, municipalities: Array<{ code: string | null, nameLocal: string, country: { code: string } }> }>, apiTokens: Array<{ id: string, name: string, role: Role, createdAt: string, expiresAt: string | null, revokedAt: string | null, organisations: Array<{ code: string }>, municipalities: Array<{ code: string | null, nameLocal: string, country: { code: string } }> }>, organisations: { nodes: Array<{ id: string, code: string, nameEn: string }> } };

export type MunicipalityForScopeQueryVariables = Exact<{
  country: string;
  code: string;
}>;


export type MunicipalityForScopeQuery = { municipality: { id: string } };

export type InviteAccountMutationVariables = Exact<{
  input: AccountInvitationInput;
}>;


export type InviteAccountMutation = { inviteAccount: { link: string, expiresAt: string, account: { email: string } } };

export type DisableAccountMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type DisableAccountMutation = { disableAccount: { id: string, version: number, disabled: boolean } };

export type EnableAccountMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type EnableAccountMutation = { enableAccount: { id: string, version: number, disabled: boolean } };

export type CreatePasswordResetMutationVariables = Exact<{
  id: string | number;
}>;


export type CreatePasswordResetMutation = { createPasswordReset: { link: string, expiresAt: string } };

export type CreateTokenMutationVariables = Exact<{
  input: ApiTokenInput;
}>;


export type CreateTokenMutation = { createApiToken: { secret: string, token: { name: string } } };

export type RevokeTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type ProgrammeLinksQueryVariables = Exact<{
  code: string;
  chosen: boolean;
}>;


export type ProgrammeLinksQuery = { programmes: { nodes: Array<{ code: string, nameEn: string }> }, programme?: { id: string, version: number, funders: Array<{ funder: { id: string }, amount: { amount: number, currency: string } | null }>, implementers: Array<{ role: ImplementerRole, organisation: { id: string } }>, participants: Array<{ municipality: { id: string, code: string | null, country: { code: string } }, grant: { amount: number, currency: string } | null }> } };

export type SetProgrammeFundersMutationVariables = Exact<{
  id: string | number;
  version: number;
  funders: Array<ProgrammeFunderInput> | ProgrammeFunderInput;
}>;


export type SetProgrammeFundersMutation = { setProgrammeFunders: { id: string, version: number } };

export type SetProgrammeImplementersMutationVariables = Exact<{
  id: string | number;
  version: number;
  implementers: Array<ProgrammeImplementerInput> | ProgrammeImplementerInput;
}>;


export type SetProgrammeImplementersMutation = { setProgrammeImplementers: { id: string, version: number } };

export type SetProgrammeParticipantsMutationVariables = Exact<{
  id: string | number;
  version: number;
  participants: Array<ProgrammeParticipantInput> | ProgrammeParticipantInput;
}>;


export type SetProgrammeParticipantsMutation = { setProgrammeParticipants: { id: string, version: number } };

export type ProgrammeFormQueryVariables = Exact<{
  code: string;
  chosen: boolean;
}>;


export type ProgrammeFormQuery = { programmes: { nodes: Array<{ id: string, code: string, nameEn: string }> }, programme?: { id: string, version: number, code: string, nameLocal: string | null, nameEn: string, summary: string | null, website: string | null, plannedStartOn: string | null, plannedEndOn: string | null, startOn: string | null, endOn: string | null, published: boolean, budgetPublished: boolean, budget: { amount: number, currency: string } | null, parent: { id: string } | null, successor: { id: string } | null } };

export type InitiativeFormQueryVariables = Exact<{
  code: string;
  chosen: boolean;
}>;


export type InitiativeFormQuery = { initiatives: { nodes: Array<{ code: string, nameEn: string }> }, programmes: { nodes: Array<{ id: string, code: string, nameEn: string }> }, themes: Array<{ id: string, code: string, nameEn: string }>, initiative?: { id: string, version: number, code: string, nameLocal: string | null, nameEn: string, summary: string | null, startOn: string | null, endOn: string | null, status: InitiativeStatus | null, grant: { amount: number, currency: string } | null, programme: { id: string }, component: { id: string } | null, leadOrganisation: { id: string } | null, leadMunicipality: { code: string | null, country: { code: string } } | null, municipalities: Array<{ code: string | null, country: { code: string } }>, themes: Array<{ id: string }> } };

export type IndicatorFormQueryVariables = Exact<{
  code: string;
  chosen: boolean;
}>;


export type IndicatorFormQuery = { indicators: { nodes: Array<{ code: string, nameEn: string }> }, frameworks: Array<{ id: string, code: string, nameEn: string, elements: Array<{ id: string, code: string, nameEn: string }> }>, indicator?: { id: string, version: number, code: string, nameEn: string, definition: string | null, unit: IndicatorUnit, direction: IndicatorDirection, level: IndicatorLevel, aggregation: IndicatorAggregation, computation: IndicatorComputation, disaggregations: Array<Disaggregation>, frameworkMappings: Array<{ rationale: string | null, element: { id: string } | null }> } };

export type SourceFormQueryVariables = Exact<{
  key: string;
  chosen: boolean;
}>;


export type SourceFormQuery = { sources: { nodes: Array<{ id: string, key: string, title: string }> }, source?: { id: string, version: number, key: string, title: string, titleEn: string | null, kind: SourceKind, publisher: string | null, url: string | null, publishedOn: string | null, publishedYear: number | null, language: string | null, citedIn: { id: string } | null } };

export type CreateProgrammeMutationVariables = Exact<{
  input: ProgrammeInput;
}>;


export type CreateProgrammeMutation = { createProgramme: { id: string, version: number, code: string } };

export type UpdateProgrammeMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ProgrammeInput;
}>;


export type UpdateProgrammeMutation = { updateProgramme: { id: string, version: number, code: string } };

export type CreateInitiativeMutationVariables = Exact<{
  input: InitiativeInput;
}>;


export type CreateInitiativeMutation = { createInitiative: { id: string, version: number, code: string } };

export type UpdateInitiativeMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: InitiativeInput;
}>;


export type UpdateInitiativeMutation = { updateInitiative: { id: string, version: number, code: string } };

export type SetInitiativeMunicipalitiesMutationVariables = Exact<{
  id: string | number;
  version: number;
  municipalities: Array<string | number> | string | number;
}>;


export type SetInitiativeMunicipalitiesMutation = { setInitiativeMunicipalities: { id: string, version: number, code: string } };

export type SetInitiativeThemesMutationVariables = Exact<{
  id: string | number;
  version: number;
  themes: Array<string | number> | string | number;
}>;


export type SetInitiativeThemesMutation = { setInitiativeThemes: { id: string, version: number, code: string } };

export type ArchiveInitiativeMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ArchiveInitiativeMutation = { archiveInitiative: { id: string, version: number, code: string } };

export type CreateIndicatorMutationVariables = Exact<{
  input: IndicatorInput;
}>;


export type CreateIndicatorMutation = { createIndicator: { id: string, version: number, code: string } };

export type UpdateIndicatorMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: IndicatorInput;
}>;


export type UpdateIndicatorMutation = { updateIndicator: { id: string, version: number, code: string } };

export type SetIndicatorFrameworkElementsMutationVariables = Exact<{
  id: string | number;
  version: number;
  frameworkElements: Array<IndicatorFrameworkElementInput> | IndicatorFrameworkElementInput;
}>;


export type SetIndicatorFrameworkElementsMutation = { setIndicatorFrameworkElements: { id: string, version: number, code: string } };

export type CreateSourceMutationVariables = Exact<{
  input: SourceInput;
}>;


export type CreateSourceMutation = { createSource: { id: string, version: number, key: string } };

export type UpdateSourceMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SourceInput;
}>;


export type UpdateSourceMutation = { updateSource: { id: string, version: number, key: string } };

export type ArchiveSourceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ArchiveSourceMutation = { archiveSource: { id: string, version: number, key: string } };

export type BenchmarkQueryVariables = Exact<{
  country: string;
  year: number;
  indicators: Array<WeightedIndicator> | WeightedIndicator;
  normalisation: Normalisation;
  rank: boolean;
}>;


export type BenchmarkQuery = { countries: Array<{ code: string, nameEn: string, nameLocal: string }>, indicators: { nodes: Array<{ code: string, nameEn: string, direction: IndicatorDirection, unit: IndicatorUnit }> }, municipalityRanking?: { municipalityCount: number, rankedCount: number, entries: { totalCount: number, nodes: Array<{ rank: number | null, percentile: number | null, composite: number | null, municipality: { code: string | null, nameLocal: string, nameEn: string | null }, coverage: { available: number, requested: number }, scores: Array<{ missing: boolean, value: number | null, indicator: { code: string, nameEn: string } }> }> } } };

export type CharterViewQueryVariables = Exact<{
  from: number;
  to: number;
}>;


export type CharterViewQuery = { charterSignatoryCounts: Array<{ year: number, signedInYear: number, signatories: number, actionPlansAdopted: number, overdue: number, undatedSignatories: number, country: { code: string, nameEn: string }, reportedSignatories: { value: number, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null }> };

export type MunicipalityProfileViewQueryVariables = Exact<{
  country: string;
  code: string;
}>;


export type MunicipalityProfileViewQuery = { municipality: { nameLocal: string, nameEn: string | null, kind: MunicipalityKind, validTo: string | null, mayImportObservations: boolean, country: { code: string, nameEn: string, nameLocal: string }, parent: { nameLocal: string } | null, charterSignature: { signedOn: string | null, actionPlanStatus: ActionPlanStatus, actionPlanDueOn: string | null, actionPlanAdoptedOn: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null, programmeParticipations: Array<{ programme: { code: string, nameEn: string }, grant: { amount: number, currency: string } | null }>, initiatives: { nodes: Array<{ code: string, nameEn: string, programme: { code: string, nameEn: string } }> }, results: Array<{ progress: number | null, indicator: { code: string, nameEn: string, unit: IndicatorUnit }, latestActual: { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null, target: { value: number } | null }>, countryComparisons: Array<{ year: number, value: number, lowerQuartile: number, median: number, upperQuartile: number, municipalitiesWithValue: number, rank: number | null, indicator: { code: string, nameEn: string, unit: IndicatorUnit } }>, observations: { nodes: Array<{ sex: Sex, periodStart: string, periodEnd: string, value: number, indicator: { code: string, nameEn: string, unit: IndicatorUnit } }> } } };

export type ProgrammeReportQueryVariables = Exact<{
  code: string;
}>;


export type ProgrammeReportQuery = { programme: { code: string, nameEn: string, nameLocal: string | null, summary: string | null, website: string | null, plannedStartOn: string | null, plannedEndOn: string | null, startOn: string | null, endOn: string | null, iatiExportable: boolean, budget: { amount: number, currency: string } | null, funders: Array<{ funder: { code: string, nameEn: string, nameLocal: string | null }, amount: { amount: number, currency: string } | null }>, implementers: Array<{ role: ImplementerRole, organisation: { code: string, nameEn: string, nameLocal: string | null } }>, countries: Array<{ code: string, nameEn: string, nameLocal: string }>, components: Array<{ position: number, nameEn: string, nameLocal: string | null }>, parent: { code: string, nameEn: string } | null, predecessors: Array<{ code: string, nameEn: string }>, successor: { code: string, nameEn: string } | null, results: Array<{ progress: number | null, indicator: { code: string, nameEn: string, unit: IndicatorUnit }, baseline: { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null, target: { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null, latestActual: { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null }>, computedFigures: Array<{ kind: ComputedFigureKind, value: number | null, difference: number | null, comparableIndicator: { code: string, nameEn: string } | null, reported: { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null }>, observations: { nodes: Array<{ kind: ObservationKind, sex: Sex, value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, indicator: { code: string, nameEn: string, unit: IndicatorUnit }, source: { title: string, url: string | null, publishedYear: number | null } | null }> }, participants: Array<{ municipality: { code: string | null, nameLocal: string, nameEn: string | null, country: { code: string } }, grant: { amount: number, currency: string } | null }> } };

export type ReportedValueFragment = { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null };

export type ProgrammeListQueryVariables = Exact<{
  filter?: ProgrammeFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ProgrammeListQuery = { programmes: { totalCount: number, nodes: Array<{ code: string, nameEn: string, nameLocal: string | null, startOn: string | null, endOn: string | null, plannedStartOn: string | null, plannedEndOn: string | null, countries: Array<{ code: string, nameEn: string }>, themes: Array<{ code: string, nameEn: string }> }> }, countries: Array<{ code: string, nameEn: string, nameLocal: string }>, themes: Array<{ code: string, nameEn: string }> };

export type ReportFormQueryVariables = Exact<{
  country: string;
  code: string;
  chosen: boolean;
  from: string;
  to: string;
}>;


export type ReportFormQuery = { viewer: { role: Role | null, municipalities: Array<{ id: string, code: string | null, nameLocal: string, country: { code: string } }> }, indicators: { nodes: Array<{ code: string, nameEn: string, unit: IndicatorUnit, computation: IndicatorComputation, disaggregations: Array<Disaggregation> }> }, municipality?: { id: string, code: string | null, nameLocal: string, country: { code: string }, observations: { totalCount: number, nodes: Array<{ id: string, version: number, sex: Sex, role: PersonRole | null, periodStart: string, periodEnd: string, value: number, evidenceUrls: Array<string>, reviewStatus: ReviewStatus, reviewComment: string | null, indicator: { code: string } }> } } };

export type SubmitReportMutationVariables = Exact<{
  rows: Array<ObservationInput> | ObservationInput;
  asDraft: boolean;
}>;


export type SubmitReportMutation = { submitObservations: { received: number, created: number, updated: number, unchanged: number } };

export type ValueHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ValueHistoryQuery = { history: Array<{ at: string, actor: string, action: AuditAction, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { viewer: { role: Role | null, organisations: Array<{ code: string, nameEn: string }> }, observations: { totalCount: number, nodes: Array<{ id: string, version: number, value: number, sex: Sex, role: PersonRole | null, kind: ObservationKind, periodStart: string, periodEnd: string, evidenceUrls: Array<string>, indicator: { code: string, nameEn: string, unit: IndicatorUnit }, scope:
        | { __typename: 'Activity', nameEn: string }
        | { __typename: 'Country', nameEn: string }
        | { __typename: 'Initiative', nameEn: string }
        | { __typename: 'Municipality', nameLocal: string, municipalityCode: string | null, country: { code: string } }
        | { __typename: 'Organisation', nameEn: string }
        | { __typename: 'Programme', nameEn: string }
      , previousApproved: { value: number, periodStart: string, periodEnd: string } | null }> } };

export type ReviewValuesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  versions: Array<number> | number;
  decision: ReviewDecision;
  comment?: string | null | undefined;
}>;


export type ReviewValuesMutation = { reviewObservations: Array<{ id: string, reviewStatus: ReviewStatus }> };

export type SeriesViewQueryVariables = Exact<{
  indicator: string;
  from: string;
  to: string;
  period: PeriodType;
  groupBy: Array<SeriesDimension> | SeriesDimension;
  show: boolean;
}>;


export type SeriesViewQuery = { indicators: { nodes: Array<{ code: string, nameEn: string, unit: IndicatorUnit }> }, series?: { indicator: { code: string, nameEn: string, unit: IndicatorUnit, aggregation: IndicatorAggregation }, points: Array<{ periodStart: string, periodEnd: string, empty: boolean, value: number | null, observationCount: number, sex: Sex | null, role: PersonRole | null, country: { nameEn: string } | null, region: { nameLocal: string } | null, municipality: { nameLocal: string } | null, programme: { nameEn: string } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ReportedValueFragmentDoc = new TypedDocumentString(`
    fragment ReportedValue on Observation {
  value
  periodStart
  periodEnd
  sourceQuote
  source {
    title
    url
    publishedYear
  }
}
    `, {"fragmentName":"ReportedValue"}) as unknown as TypedDocumentString<ReportedValueFragment, unknown>;
export const AdminOverviewDocument = {"__meta__":{"hash":"sha256:1f3c3d62bea15ef31eb1b60716d7a8d1d320a539b2707f7003a9e4b354612e71"}} as unknown as TypedDocumentString<AdminOverviewQuery, AdminOverviewQueryVariables>;
export const AdminAccessDocument = {"__meta__":{"hash":"sha256:c7647c807a647cd38f8330959b5becbd5b11af718e3d229561aba61122502483"}} as unknown as TypedDocumentString<AdminAccessQuery, AdminAccessQueryVariables>;
export const MunicipalityForScopeDocument = {"__meta__":{"hash":"sha256:0664daebe767c160e9c9a5dc8155f0a3bad8bf6a8230169b22512ca6d8ce26e2"}} as unknown as TypedDocumentString<MunicipalityForScopeQuery, MunicipalityForScopeQueryVariables>;
export const InviteAccountDocument = {"__meta__":{"hash":"sha256:22708232ac88a430c08633bff35aa234997d297d4d4ac98e6e34f7504879f276"}} as unknown as TypedDocumentString<InviteAccountMutation, InviteAccountMutationVariables>;
export const DisableAccountDocument = {"__meta__":{"hash":"sha256:3dd1ba9fc39d1229d16c31d1e57983ffbac8c8bffbcf17d718f0c4283ca88029"}} as unknown as TypedDocumentString<DisableAccountMutation, DisableAccountMutationVariables>;
export const EnableAccountDocument = {"__meta__":{"hash":"sha256:b5d686e8aa90b30053783da20855d17b2c60d68ae3c03633afe8fbda159d97ff"}} as unknown as TypedDocumentString<EnableAccountMutation, EnableAccountMutationVariables>;
export const CreatePasswordResetDocument = {"__meta__":{"hash":"sha256:59a1865e9c5127969774e17647396cad93e9161ca0ff0236eb19d81b0d9e84f5"}} as unknown as TypedDocumentString<CreatePasswordResetMutation, CreatePasswordResetMutationVariables>;
export const CreateTokenDocument = {"__meta__":{"hash":"sha256:0818b801ac3f69f67fbb783ed5e04135292e3448575c7f76de1f65266d1de9f5"}} as unknown as TypedDocumentString<CreateTokenMutation, CreateTokenMutationVariables>;
export const RevokeTokenDocument = {"__meta__":{"hash":"sha256:ba584aa293fcd48c615a298193d61c7707c5836209ed22677da122720ab83d24"}} as unknown as TypedDocumentString<RevokeTokenMutation, RevokeTokenMutationVariables>;
export const ProgrammeLinksDocument = {"__meta__":{"hash":"sha256:e09a9209a4992abd8e7b7f808bfc68707006e3eef651939adec3868e79852b23"}} as unknown as TypedDocumentString<ProgrammeLinksQuery, ProgrammeLinksQueryVariables>;
export const SetProgrammeFundersDocument = {"__meta__":{"hash":"sha256:5da9ffcfd58e571c0b48a767bfbed9daac5eeaa75dc0a4a8e459f4f2bc8f5d32"}} as unknown as TypedDocumentString<SetProgrammeFundersMutation, SetProgrammeFundersMutationVariables>;
export const SetProgrammeImplementersDocument = {"__meta__":{"hash":"sha256:a1c41b539e281a86b4c08af358fae798364cb157519cc28287350ef7998bde04"}} as unknown as TypedDocumentString<SetProgrammeImplementersMutation, SetProgrammeImplementersMutationVariables>;
export const SetProgrammeParticipantsDocument = {"__meta__":{"hash":"sha256:6369cc851837eaa942440cce914a936e00a7383741eec5312bb9c8349be1d746"}} as unknown as TypedDocumentString<SetProgrammeParticipantsMutation, SetProgrammeParticipantsMutationVariables>;
export const ProgrammeFormDocument = {"__meta__":{"hash":"sha256:accb16bfacc3a45ea2702e5299af4dcf034b29240aeb319aa582b88849dbc387"}} as unknown as TypedDocumentString<ProgrammeFormQuery, ProgrammeFormQueryVariables>;
export const InitiativeFormDocument = {"__meta__":{"hash":"sha256:b33bb82fac3d04ebfa21e98ecf5ebc847f1901c521e287acee4a9376ec35cabd"}} as unknown as TypedDocumentString<InitiativeFormQuery, InitiativeFormQueryVariables>;
export const IndicatorFormDocument = {"__meta__":{"hash":"sha256:cbd17734b6b77fe70c3106d3659e458a45928ad2d76e1c77478447ed0a482335"}} as unknown as TypedDocumentString<IndicatorFormQuery, IndicatorFormQueryVariables>;
export const SourceFormDocument = {"__meta__":{"hash":"sha256:b05e3a3f1f4196775206ac8849a9cd832c3270f66c5009c3733ef1eeaded5ce4"}} as unknown as TypedDocumentString<SourceFormQuery, SourceFormQueryVariables>;
export const CreateProgrammeDocument = {"__meta__":{"hash":"sha256:4811bd4a914ac993c651326c67f06af314c2f97a8556dfe510cd904e95b49c7f"}} as unknown as TypedDocumentString<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const UpdateProgrammeDocument = {"__meta__":{"hash":"sha256:9a33ac151b6750362599c96b4938b0810e168bab80ab537fae5a93103d4789f7"}} as unknown as TypedDocumentString<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const CreateInitiativeDocument = {"__meta__":{"hash":"sha256:f8b64bc678f398532e0630f64966a605a0be09e595f339142397546e3a896e06"}} as unknown as TypedDocumentString<CreateInitiativeMutation, CreateInitiativeMutationVariables>;
export const UpdateInitiativeDocument = {"__meta__":{"hash":"sha256:40eea584dffaf1fc26004da5cf63eb41da0cc29a0aa9827c4e7bb272b3d89238"}} as unknown as TypedDocumentString<UpdateInitiativeMutation, UpdateInitiativeMutationVariables>;
export const SetInitiativeMunicipalitiesDocument = {"__meta__":{"hash":"sha256:871ae0500592ff9da1e8d350bf3dac3db30ebdd1cdbac69aba08fe9d5e9d1ae9"}} as unknown as TypedDocumentString<SetInitiativeMunicipalitiesMutation, SetInitiativeMunicipalitiesMutationVariables>;
export const SetInitiativeThemesDocument = {"__meta__":{"hash":"sha256:adb3888d0479c359bc8acd6dad3e43506985bd0fecca2c086c2f69eb198e98c1"}} as unknown as TypedDocumentString<SetInitiativeThemesMutation, SetInitiativeThemesMutationVariables>;
export const ArchiveInitiativeDocument = {"__meta__":{"hash":"sha256:f5bba7379dad6435aec9a8ce9a76f9aef29c77a7ffb022076b7e43f9ead64cf5"}} as unknown as TypedDocumentString<ArchiveInitiativeMutation, ArchiveInitiativeMutationVariables>;
export const CreateIndicatorDocument = {"__meta__":{"hash":"sha256:d47c4cd47fed0daf7a07a559dc2257fc6bc88a138a8134cf7f9ff841ca33daaa"}} as unknown as TypedDocumentString<CreateIndicatorMutation, CreateIndicatorMutationVariables>;
export const UpdateIndicatorDocument = {"__meta__":{"hash":"sha256:c16bf7076b35e174f48cd963a3e27b3ad829ac0b78050582f97825231dfa13be"}} as unknown as TypedDocumentString<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const SetIndicatorFrameworkElementsDocument = {"__meta__":{"hash":"sha256:f6fe7b517729ab74e7cedf0399e890fb0affb67ab4b6f3c07e9a50446b11b5d7"}} as unknown as TypedDocumentString<SetIndicatorFrameworkElementsMutation, SetIndicatorFrameworkElementsMutationVariables>;
export const CreateSourceDocument = {"__meta__":{"hash":"sha256:69c2cd82fb8d2cb9dc08ea0281578040610bc0379fc7ca5c4f875a335d2e300f"}} as unknown as TypedDocumentString<CreateSourceMutation, CreateSourceMutationVariables>;
export const UpdateSourceDocument = {"__meta__":{"hash":"sha256:9235f24bc32bf7c6a044e599a3854a60045c58effad00c4e60da43dbf98f70e1"}} as unknown as TypedDocumentString<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const ArchiveSourceDocument = {"__meta__":{"hash":"sha256:91cb47e9d6c7ea2f5efb44250efc04a236f097dccf3bf944b799090fa2d34b3d"}} as unknown as TypedDocumentString<ArchiveSourceMutation, ArchiveSourceMutationVariables>;
export const BenchmarkDocument = {"__meta__":{"hash":"sha256:cfa9b71495ad5472d779a5a1121fd045a285187196b2be4e20795912226b2681"}} as unknown as TypedDocumentString<BenchmarkQuery, BenchmarkQueryVariables>;
export const CharterViewDocument = {"__meta__":{"hash":"sha256:2c458b6e2059dda473d4df816874a4ffebc80efbe16cf7776665f83b38638bcc"}} as unknown as TypedDocumentString<CharterViewQuery, CharterViewQueryVariables>;
export const MunicipalityProfileViewDocument = {"__meta__":{"hash":"sha256:24e04d95e92860dae0c6ef363cb5232a4799b37e53483b053de45d3c4a8c82e9"}} as unknown as TypedDocumentString<MunicipalityProfileViewQuery, MunicipalityProfileViewQueryVariables>;
export const ProgrammeReportDocument = {"__meta__":{"hash":"sha256:871e18cba24a4dca0a3b78202452202e45003978aadb18caaecab2a7c70fcd85"}} as unknown as TypedDocumentString<ProgrammeReportQuery, ProgrammeReportQueryVariables>;
export const ProgrammeListDocument = {"__meta__":{"hash":"sha256:bf73131a0c39aec8a684c619b5ba0f5bfd082dbdc17ed739f271a2a42a56c980"}} as unknown as TypedDocumentString<ProgrammeListQuery, ProgrammeListQueryVariables>;
export const ReportFormDocument = {"__meta__":{"hash":"sha256:6b6c6865ec03808db11e35a547cc9e01dcc65358a9c8a9ff595626b6674e8a73"}} as unknown as TypedDocumentString<ReportFormQuery, ReportFormQueryVariables>;
export const SubmitReportDocument = {"__meta__":{"hash":"sha256:62f4366e3a58e4f9930213a8dbec70aa646c9ae7c1e64d53f24c4cbbc8683ffc"}} as unknown as TypedDocumentString<SubmitReportMutation, SubmitReportMutationVariables>;
export const ValueHistoryDocument = {"__meta__":{"hash":"sha256:318c0e962ca97d6379c47ba15b034fc60c163d45491c4d84315ff8389389351f"}} as unknown as TypedDocumentString<ValueHistoryQuery, ValueHistoryQueryVariables>;
export const ReviewQueueDocument = {"__meta__":{"hash":"sha256:788a7ae410af60c42e3c825488aa3fb8b8488d13504f001a4f6c6031505fb8c0"}} as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewValuesDocument = {"__meta__":{"hash":"sha256:6468825491483a8f0433b5b06c9188bab6a15055a56b4cf3513d9c0d2312885f"}} as unknown as TypedDocumentString<ReviewValuesMutation, ReviewValuesMutationVariables>;
export const SeriesViewDocument = {"__meta__":{"hash":"sha256:f4bf8ce39b7e82fe56cb3004878ffff297750f8bc1f1b81638debdd656c70cd1"}} as unknown as TypedDocumentString<SeriesViewQuery, SeriesViewQueryVariables>;