/** The GraphQL operations the IATI export reads through, as the caller, and the shapes they answer. */

const ORGANISATION = /* GraphQL */ `
  fragment IatiOrganisation on Organisation {
    code
    nameEn
    nameLocal
    kind
    iatiIdentifier
    country {
      code
    }
  }
`;

/** A page's position, the same in every paged connection the export reads. */
const PAGE_INFO = /* GraphQL */ `
  fragment IatiPageInfo on PageInfo {
    hasNextPage
    endCursor
  }
`;

const INDICATOR = /* GraphQL */ `
  fragment IatiIndicator on Indicator {
    code
    nameEn
    definition
    unit
    level
    direction
    aggregation
  }
`;

/** A value's own fields: a programme's values carry their indicator too, an initiative's results name it once. */
const RESULT_VALUE = /* GraphQL */ `
  fragment IatiResultValue on Observation {
    kind
    sex
    role
    periodStart
    periodEnd
    value
    source {
      title
      url
    }
  }
`;

const VALUE = /* GraphQL */ `
  fragment IatiValue on Observation {
    ...IatiResultValue
    indicator {
      ...IatiIndicator
    }
  }
  ${RESULT_VALUE}
  ${INDICATOR}
`;

/** A page of a programme's values: its first page comes with the programme, the rest with `PROGRAMME_VALUES`. */
const VALUES_PAGE = /* GraphQL */ `
  fragment IatiValuesPage on ObservationConnection {
    pageInfo {
      ...IatiPageInfo
    }
    nodes {
      ...IatiValue
    }
  }
  ${PAGE_INFO}
  ${VALUE}
`;

/**
 * A programme's budgets per period and disbursements: lists without paging, priced as the hub's
 * largest (up to the caps, 100 and 2 000), so a page of programmes reads them only while it fits
 * the cost one request may have; otherwise each programme's come alone (`PROGRAMME_MONEY`).
 */
const MONEY = /* GraphQL */ `
  fragment IatiProgrammeMoney on Programme {
    budgets {
      type
      status
      periodStart
      periodEnd
      value {
        amount
        currency
      }
    }
    disbursements {
      disbursedOn
      description
      value {
        amount
        currency
      }
      provider {
        ...IatiOrganisation
      }
      receiver {
        ...IatiOrganisation
      }
    }
  }
`;

const PROGRAMME = /* GraphQL */ `
  fragment IatiProgramme on Programme {
    code
    nameEn
    nameLocal
    summary
    plannedStartOn
    plannedEndOn
    startOn
    endOn
    budget {
      amount
      currency
    }
    funders {
      funder {
        ...IatiOrganisation
      }
    }
    implementers {
      role
      organisation {
        ...IatiOrganisation
      }
    }
    countries {
      code
    }
    themes {
      code
    }
    sources {
      key
      title
      titleEn
      url
      kind
      language
      publishedOn
    }
    observations(first: 100) {
      ...IatiValuesPage
    }
  }
  ${ORGANISATION}
  ${VALUES_PAGE}
`;

/** A page of the programmes the caller may read, with their values' first page, and their money when `withMoney`. */
export const PROGRAMMES = /* GraphQL */ `
  query IatiProgrammes($after: String, $withMoney: Boolean!) {
    programmes(first: 10, after: $after) {
      pageInfo {
        ...IatiPageInfo
      }
      nodes {
        ...IatiProgramme
        ...IatiProgrammeMoney @include(if: $withMoney)
      }
    }
  }
  ${PROGRAMME}
  ${MONEY}
`;

/** One programme by code, with its money. */
export const PROGRAMME_BY_CODE = /* GraphQL */ `
  query IatiProgrammeByCode($code: String!) {
    programme(code: $code) {
      ...IatiProgramme
      ...IatiProgrammeMoney
    }
  }
  ${PROGRAMME}
  ${MONEY}
`;

/** One programme's money, for a page of programmes read without it. */
export const PROGRAMME_MONEY = /* GraphQL */ `
  query IatiProgrammeMoney($code: String!) {
    programme(code: $code) {
      ...IatiProgrammeMoney
    }
  }
  ${MONEY}
  ${ORGANISATION}
`;

/** A programme's further values, after its first 100. */
export const PROGRAMME_VALUES = /* GraphQL */ `
  query IatiProgrammeValues($code: String!, $after: String) {
    programme(code: $code) {
      observations(first: 100, after: $after) {
        ...IatiValuesPage
      }
    }
  }
  ${VALUES_PAGE}
`;

/** A page of a programme's initiatives, with each one's latest results. */
export const INITIATIVES = /* GraphQL */ `
  query IatiInitiatives($code: String!, $after: String) {
    programme(code: $code) {
      initiatives(first: 100, after: $after) {
        pageInfo {
          ...IatiPageInfo
        }
        nodes {
          code
          nameEn
          nameLocal
          summary
          status
          startOn
          endOn
          leadOrganisation {
            ...IatiOrganisation
          }
          themes {
            code
          }
          results {
            indicator {
              ...IatiIndicator
            }
            baseline {
              ...IatiResultValue
            }
            target {
              ...IatiResultValue
            }
            latestActual {
              ...IatiResultValue
            }
          }
        }
      }
    }
  }
  ${PAGE_INFO}
  ${RESULT_VALUE}
  ${INDICATOR}
  ${ORGANISATION}
`;

/** An organisation as the export reads it. */
export interface IatiOrganisation {
  code: string;
  nameEn: string;
  nameLocal: string | null;
  kind: string;
  iatiIdentifier: string | null;
  country: { code: string } | null;
}

/** An indicator as the export reads it. */
export interface IatiIndicator {
  code: string;
  nameEn: string;
  definition: string | null;
  unit: string;
  level: string;
  direction: string;
  aggregation: string;
}

/** A value as the export reads it. */
export interface IatiValue {
  kind: 'BASELINE' | 'TARGET' | 'ACTUAL';
  sex: 'TOTAL' | 'FEMALE' | 'MALE';
  role: string | null;
  periodStart: string;
  periodEnd: string;
  value: number;
  indicator: IatiIndicator;
  source: { title: string; url: string | null } | null;
}

/** A page of a connection. */
export interface IatiPage<Node> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Node[];
}

/** A source as the export reads it. */
export interface IatiSource {
  key: string;
  title: string;
  titleEn: string | null;
  url: string | null;
  kind: string;
  language: string | null;
  publishedOn: string | null;
}

/** An amount of money as the export reads it; null where the caller may not read it. */
export type IatiMoney = { amount: number; currency: string } | null;

/** A budget per period as the export reads it. */
export interface IatiBudget {
  type: 'ORIGINAL' | 'REVISED';
  status: 'INDICATIVE' | 'COMMITTED';
  periodStart: string;
  periodEnd: string;
  value: IatiMoney;
}

/** A disbursement as the export reads it. */
export interface IatiDisbursement {
  disbursedOn: string;
  description: string | null;
  value: IatiMoney;
  provider: IatiOrganisation | null;
  receiver: IatiOrganisation | null;
}

/** A programme as the export reads it; `budget` and each period's and disbursement's `value` are null where the caller may not read them. */
export interface IatiProgramme {
  code: string;
  nameEn: string;
  nameLocal: string | null;
  summary: string | null;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  startOn: string | null;
  endOn: string | null;
  budget: IatiMoney;
  budgets: IatiBudget[];
  disbursements: IatiDisbursement[];
  funders: { funder: IatiOrganisation }[];
  implementers: { role: string; organisation: IatiOrganisation }[];
  countries: { code: string }[];
  themes: { code: string }[];
  sources: IatiSource[];
  observations: IatiPage<IatiValue>;
}

/** An initiative as the export reads it. */
export interface IatiInitiative {
  code: string;
  nameEn: string;
  nameLocal: string | null;
  summary: string | null;
  status: string | null;
  startOn: string | null;
  endOn: string | null;
  leadOrganisation: IatiOrganisation | null;
  themes: { code: string }[];
  results: {
    indicator: IatiIndicator;
    baseline: Omit<IatiValue, 'indicator'> | null;
    target: Omit<IatiValue, 'indicator'> | null;
    latestActual: Omit<IatiValue, 'indicator'> | null;
  }[];
}
