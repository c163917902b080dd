import { registerEnumType } from 'type-graphql';

/** The sex disaggregation cell of a figure: TOTAL for both together (Kolada's T, K, M). */
export enum Sex {
  TOTAL = 'TOTAL',
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Sex, {
  name: 'Sex',
  description: 'The sex disaggregation cell of a figure: TOTAL for women and men together.',
});
