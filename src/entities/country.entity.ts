import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { recordType } from './record-type';

@Entity()
@ObjectType({ implements: Node, description: 'A country, keyed by its ISO 3166-1 alpha-2 code.' })
export class Country {
  @PrimaryKey({ type: 'character', length: 2 })
  @Field({ description: 'ISO 3166-1 alpha-2 code, for example `SE`.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text' })
  @Field({ description: "Name in the country's own language." })
  nameLocal!: string;
}

/** Country as `src/entities/record-types.ts` lists it. */
export const countryRecord = recordType(Country, {
  node: { typeName: 'Country', key: 'code' },
  naturalKeys: [],
  readRule: 'public',
});
