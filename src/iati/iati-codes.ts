/**
 * The IATI 2.03 codes the hub writes, with what they mean. Codes of the embedded codelists
 * (ActivityDateType, ActivityStatus, BudgetStatus, BudgetType, DocumentCategory, OrganisationRole,
 * RelatedActivityType) are checked against `vendor/iati-2.03/codelists/` by the tests; the others
 * (OrganisationType, ResultType, IndicatorMeasure, SectorVocabulary, PolicyMarker, PolicySignificance)
 * are non-embedded codelists of the standard, written here as the standard defines them.
 */

/** ActivityDateType. */
export const ACTIVITY_DATE = { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' } as const;

/** ActivityStatus. */
export const ACTIVITY_STATUS = {
  pipeline: '1',
  implementation: '2',
  finalisation: '3',
  closed: '4',
  cancelled: '5',
  suspended: '6',
} as const;

/** BudgetType 1 (Original) / 2 (Revised) and BudgetStatus 1 (Indicative) / 2 (Committed). */
export const BUDGET = { original: '1', revised: '2', indicative: '1', committed: '2' } as const;

/** The hub's BudgetType and BudgetStatus as IATI codes. */
export const BUDGET_TYPE: Record<string, string> = { ORIGINAL: BUDGET.original, REVISED: BUDGET.revised };
export const BUDGET_STATUS: Record<string, string> = { INDICATIVE: BUDGET.indicative, COMMITTED: BUDGET.committed };

/** TransactionType 3 (Disbursement). */
export const TRANSACTION_TYPE = { disbursement: '3' } as const;

/** OrganisationRole. */
export const ORGANISATION_ROLE = { funding: '1', accountable: '2', extending: '3', implementing: '4' } as const;

/** RelatedActivityType: the programme is the initiative's parent, the initiative the programme's child. */
export const RELATED_ACTIVITY = { parent: '1', child: '2' } as const;

/** DocumentCategory by the hub's kind of source: what the document is to the activity. */
export const DOCUMENT_CATEGORY: Record<string, string> = {
  /** Activity web page. */
  WEB_PAGE: 'A12',
  /** Review of project performance and evaluation. */
  EVALUATION: 'A07',
  /** Results, outcomes and outputs. */
  REPORT: 'A08',
  STATISTICS: 'A08',
  CODE_LIST: 'A08',
  /** Objectives / Purpose of activity: articles describe what the programme set out to do. */
  ARTICLE: 'A02',
};

/**
 * OrganisationType by the hub's kind of organisation. Associations of local authorities (SKR, SCTM,
 * KS, CEMR) are bodies of the public sector's members: Other Public Sector. Funders are not known
 * to be governments: Other.
 */
export const ORGANISATION_TYPE: Record<string, string> = {
  GOVERNMENT: '10',
  FUNDER: '90',
  ASSOCIATION: '15',
  INTERNATIONAL_ASSOCIATION: '15',
  UNIVERSITY: '80',
  RESEARCH_CENTRE: '80',
  NGO: '22',
};

/** ResultType by indicator level. */
export const RESULT_TYPE: Record<string, string> = { OUTPUT: '1', OUTCOME: '2', IMPACT: '3' };

/** The ResultType's level, back: for reading IATI files. */
export const LEVEL_OF_RESULT_TYPE: Record<string, string> = { '1': 'OUTPUT', '2': 'OUTCOME', '3': 'IMPACT' };

/**
 * IndicatorMeasure by indicator unit: counts, money and scores are measured in units (1), percentages
 * as percentages (2), a yes/no value as a nominal category (3).
 */
export const INDICATOR_MEASURE: Record<string, string> = {
  COUNT: '1',
  MONEY: '1',
  SCORE: '1',
  PERCENT: '2',
  BOOLEAN: '3',
};

/** SectorVocabulary 1: OECD DAC CRS purpose codes, five digits. */
export const DAC_SECTOR_VOCABULARY = '1';

/** PolicyMarker vocabulary 1 (OECD DAC CRS), marker 1: Gender Equality; significance 1 significant objective, 2 principal objective. */
export const GENDER_POLICY_MARKER = { vocabulary: '1', code: '1', significant: '1', principal: '2' } as const;

/** Local languages (ISO 639-1) of the countries the hub's names come from, for `xml:lang` of a local name. */
export const LANGUAGE_OF_COUNTRY: Record<string, string> = { SE: 'sv', NO: 'nb', RS: 'sr', DK: 'da', FI: 'fi' };
