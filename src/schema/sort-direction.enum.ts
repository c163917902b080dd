import { registerEnumType } from 'type-graphql';

/** Ascending or descending order. */
export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending order.' });
