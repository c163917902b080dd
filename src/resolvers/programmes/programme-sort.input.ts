import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../schema/sort-direction.enum';

/** What programmes can be sorted by. */
export enum ProgrammeSortField {
  NAME = 'NAME',
  CODE = 'CODE',
  START_ON = 'START_ON',
  BUDGET = 'BUDGET',
}
registerEnumType(ProgrammeSortField, {
  name: 'ProgrammeSortField',
  description: 'What programmes can be sorted by.',
  valuesConfig: { BUDGET: { description: 'Published budget; programmes whose budget is unpublished or unknown sort as if it were null.' } },
});

@InputType({ description: 'The order of a programme list.' })
export class ProgrammeSort {
  @Field(() => ProgrammeSortField, { description: 'What to sort by.' })
  field: ProgrammeSortField = ProgrammeSortField.NAME;

  @Field(() => SortDirection, { description: 'Ascending or descending.' })
  direction: SortDirection = SortDirection.ASC;
}
