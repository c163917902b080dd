import { Property, type Opt } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity';

/** Columns of the records the API writes: a version raised by every write, and when the record was archived. */
@ObjectType({ description: 'A record the API writes: versioned and archivable.' })
export abstract class EditableEntity extends BaseEntity {
  @Property({ type: 'integer', default: 1 })
  @Field(() => Int, {
    description:
      'Changes by one with every write; send it back with an update or archive, which a newer version refuses with CONFLICT.',
  })
  version: Opt<number> = 1;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When the record was archived (ISO 8601 timestamp); archived records are left out of every read but `history`.',
  })
  archivedAt?: Date | null;
}

/** Whether rows of `entity` carry a version and can be archived. */
export function isEditable(entity: Function): boolean {
  return entity.prototype instanceof EditableEntity;
}
