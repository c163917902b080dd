import { Field, InputType, registerEnumType } from 'type-graphql';
import { CharterSignatureSortField, type CharterSignatureListSort } from '../../loaders/charter-signature-list.query';
import { SortDirection } from '../../schema/sort-direction.enum';

export { CharterSignatureSortField };
registerEnumType(CharterSignatureSortField, {
  name: 'CharterSignatureSortField',
  description: 'What Charter signatures can be sorted by.',
  valuesConfig: {
    SIGNED_ON: { description: 'The day of signing; undated signatures come last ascending, first descending.' },
    MUNICIPALITY_NAME: { description: "The signatory's name in the local language." },
  },
});

@InputType({ description: 'The order of a Charter signature list.' })
export class CharterSignatureSort implements CharterSignatureListSort {
  @Field(() => CharterSignatureSortField, { description: 'What to sort by.' })
  field: CharterSignatureSortField = CharterSignatureSortField.SIGNED_ON;

  @Field(() => SortDirection, { description: 'Ascending or descending.' })
  direction: SortDirection = SortDirection.ASC;
}
