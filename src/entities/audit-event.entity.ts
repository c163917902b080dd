import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** What a write did to a record. */
export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  ARCHIVE = 'ARCHIVE',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a write did to a record.',
  valuesConfig: {
    CREATE: { description: 'The record was written for the first time.' },
    UPDATE: { description: 'Its values changed.' },
    APPROVE: { description: 'A reviewer approved it.' },
    RETURN: { description: 'A reviewer returned it for revision.' },
    ARCHIVE: { description: 'It was archived: left out of every read but its history.' },
  },
});

/** One write to one record: who, when, what, and the values before and after; rows are only ever added. */
@Entity()
@Index({ properties: ['entityType', 'entityId', 'at'] })
@ObjectType({
  description: 'One write to one record: who made it, when, what it did, and the values before and after.',
})
export class AuditEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: "When the write's transaction began (ISO 8601 timestamp)." })
  at: Opt<Date> = new Date();

  @Property({ type: 'text' })
  @Field({ description: 'Who wrote: `token:<id>` of the API token used (never its secret).' })
  actor!: string;

  @Property({ type: 'integer', nullable: true })
  @Index()
  tokenId?: number | null;

  @Property({ type: 'text' })
  @Field(() => AuditAction, { description: 'What the write did.' })
  action!: AuditAction;

  @Property({ type: 'text' })
  @Field({ description: 'The GraphQL type of the record, for example `Observation`.' })
  entityType!: string;

  @Property({ type: 'integer' })
  entityId!: number;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "The record's values before the write (column names); null when it created the record, or when the caller may not read the record as it stood then. Values the caller may not read are null (see `history`).",
  })
  before?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "The record's values after the write (column names); null when the caller may not read the record as it stood then. Values the caller may not read are null (see `history`).",
  })
  after?: Record<string, unknown> | null;
}
