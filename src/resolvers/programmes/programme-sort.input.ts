import { Field, InputType, registerEnumType } from 'type-graphql';
import { ProgrammeSortField, type ProgrammeListSort } from '../../loaders/programme-list.query';
import { SortDirection } from '../../schema/sort-direction.enum';

export { ProgrammeSortField };
registerEnumType(ProgrammeSortField, {
  name: 'ProgrammeSortField',
  description: 'What programmes can be sorted by.',
  valuesConfig: {
    BUDGET: {
      description: 'Published budget; programmes whose budget is unpublished or unknown sort as if it were null.',
    },
  },
});

@InputType({ description: 'The order of a programme list.' })
export class ProgrammeSort implements ProgrammeListSort {
  @Field(() => ProgrammeSortField, { description: 'What to sort by.' })
  field: ProgrammeSortField = ProgrammeSortField.NAME;

  @Field(() => SortDirection, { description: 'Ascending or descending.' })
  direction: SortDirection = SortDirection.ASC;
}
