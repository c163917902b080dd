import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { BaseEntity } from './base.entity';
import { CODE_KEY, recordType } from './record-type';

@Entity()
@ObjectType({
  implements: Node,
  description: 'A subject area that programmes and initiatives work on, such as gender mainstreaming.',
})
export class Theme extends BaseEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key, for example `GENDER_MAINSTREAMING`.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name in English.' })
  nameEn!: string;
}

/** Theme as `src/entities/record-types.ts` lists it. */
export const themeRecord = recordType(Theme, {
  node: { typeName: 'Theme', key: 'id' },
  naturalKeys: [CODE_KEY],
  readRule: 'public',
});
