import { registerEnumType } from 'type-graphql';

/** What the values of a series may be grouped by. */
export enum SeriesDimension {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  MUNICIPALITY = 'MUNICIPALITY',
  PROGRAMME = 'PROGRAMME',
  SEX = 'SEX',
  ROLE = 'ROLE',
}
registerEnumType(SeriesDimension, {
  name: 'SeriesDimension',
  description: 'What the values of a series may be grouped by.',
  valuesConfig: {
    COUNTRY: {
      description: 'The country of the value: its country scope, or the country of its municipality or region.',
    },
    REGION: {
      description:
        "The region of the value: a region's own values, and those of the municipalities whose parent it is.",
    },
    MUNICIPALITY: { description: 'The municipality, city or region the value is about.' },
    PROGRAMME: {
      description: 'The programme of the value: its programme scope, or the programme of its initiative or activity.',
    },
    SEX: {
      description: 'The sex cell: TOTAL, FEMALE and MALE each a group (needs an indicator disaggregated by sex).',
    },
    ROLE: {
      description:
        'The role cell; values for every role together are then left out (needs an indicator disaggregated by role).',
    },
  },
});

/**
 * Each dimension as an SQL expression over an observation `o`, its municipality `m` (null unless
 * the scope is a municipality or region), initiative `i` and activity `a`, and the column it
 * comes out as. A value that has no member of a dimension (a programme's value grouped by
 * region) forms the group whose member is null.
 */
export const DIMENSION_SQL: Record<SeriesDimension, { expression: string; column: string; type: string }> = {
  [SeriesDimension.COUNTRY]: {
    expression: 'coalesce(o.country_code, m.country_code)::text',
    column: 'country_code',
    type: 'text',
  },
  [SeriesDimension.REGION]: {
    expression: "case when m.kind = 'REGION' then m.id else m.parent_id end",
    column: 'region_id',
    type: 'integer',
  },
  [SeriesDimension.MUNICIPALITY]: { expression: 'o.municipality_id', column: 'municipality_id', type: 'integer' },
  [SeriesDimension.PROGRAMME]: {
    expression: 'coalesce(o.programme_id, i.programme_id, a.programme_id)',
    column: 'programme_id',
    type: 'integer',
  },
  [SeriesDimension.SEX]: { expression: 'o.sex::text', column: 'sex', type: 'text' },
  [SeriesDimension.ROLE]: { expression: 'o.role::text', column: 'role', type: 'text' },
};

/** Every dimension, in the order groups are sorted. */
export const DIMENSIONS = Object.values(SeriesDimension);
