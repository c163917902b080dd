import { Field, InputType, registerEnumType } from 'type-graphql';
import { MunicipalitySortField, type MunicipalityListSort } from '../../loaders/municipality-list.query';
import { SortDirection } from '../../schema/sort-direction.enum';

export { MunicipalitySortField };
registerEnumType(MunicipalitySortField, {
  name: 'MunicipalitySortField',
  description: 'What municipalities can be sorted by.',
});

@InputType({ description: 'The order of a municipality list.' })
export class MunicipalitySort implements MunicipalityListSort {
  @Field(() => MunicipalitySortField, { description: 'What to sort by.' })
  field: MunicipalitySortField = MunicipalitySortField.NAME;

  @Field(() => SortDirection, { description: 'Ascending or descending.' })
  direction: SortDirection = SortDirection.ASC;
}
