import { registerEnumType } from 'type-graphql';

/** What the hub computes about a programme from its own records. */
export enum ComputedFigureKind {
  INITIATIVE_COUNT = 'INITIATIVE_COUNT',
  MUNICIPALITIES_REACHED = 'MUNICIPALITIES_REACHED',
  SHARE_TRUE = 'SHARE_TRUE',
}
registerEnumType(ComputedFigureKind, {
  name: 'ComputedFigureKind',
  description: 'What the hub computes about a programme from its own records.',
  valuesConfig: {
    INITIATIVE_COUNT: {
      description: 'Initiatives recorded under the programme (with a period: those whose own period overlaps it).',
    },
    MUNICIPALITIES_REACHED: {
      description:
        "Distinct municipalities taking part: the programme's participants, and the participating and lead municipalities of the counted initiatives.",
    },
    SHARE_TRUE: {
      description:
        'For one BOOLEAN indicator observed at initiative level: 100 × initiatives whose latest approved value is true (1) / initiatives with a value (0 or 1).',
    },
  },
});
