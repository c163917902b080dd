import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../schema/sort-direction.enum';

/** What municipalities can be sorted by. */
export enum MunicipalitySortField {
  NAME = 'NAME',
  CODE = 'CODE',
}
registerEnumType(MunicipalitySortField, { name: 'MunicipalitySortField', description: 'What municipalities can be sorted by.' });

@InputType({ description: 'The order of a municipality list.' })
export class MunicipalitySort {
  @Field(() => MunicipalitySortField, { description: 'What to sort by.' })
  field: MunicipalitySortField = MunicipalitySortField.NAME;

  @Field(() => SortDirection, { description: 'Ascending or descending.' })
  direction: SortDirection = SortDirection.ASC;
}
