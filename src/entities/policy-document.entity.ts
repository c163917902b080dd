import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { EditableEntity } from './editable.entity';
import { Country } from './country.entity';
import { Organisation } from './organisation.entity';
import { Source } from './source.entity';
import { CODE_KEY, recordType } from './record-type';

/** What sort of policy document it is. */
export enum PolicyDocumentKind {
  LAW = 'LAW',
  NATIONAL_STRATEGY = 'NATIONAL_STRATEGY',
  DECLARATION = 'DECLARATION',
  POLICY = 'POLICY',
  STRATEGIC_PLAN = 'STRATEGIC_PLAN',
  STATUTE_CHANGE = 'STATUTE_CHANGE',
  ACTION_PLAN = 'ACTION_PLAN',
  AGREEMENT = 'AGREEMENT',
}
/** Whether a document is in force or still awaits a decision. */
export enum PolicyDocumentStatus {
  PROPOSED = 'PROPOSED',
  ADOPTED = 'ADOPTED',
}
registerEnumType(PolicyDocumentKind, {
  name: 'PolicyDocumentKind',
  description: 'What sort of policy document it is.',
});
registerEnumType(PolicyDocumentStatus, {
  name: 'PolicyDocumentStatus',
  description: 'Whether a document is adopted or awaits a decision.',
});

@Entity()
@ObjectType({
  implements: Node,
  description: 'A law, strategy, declaration, policy, strategic plan or statute change on gender equality.',
})
export class PolicyDocument extends EditableEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Title in English.' })
  titleEn!: string;

  @Enum({ items: () => PolicyDocumentKind })
  @Index()
  @Field(() => PolicyDocumentKind, { description: 'What sort of document it is.' })
  kind!: PolicyDocumentKind;

  @Enum({ items: () => PolicyDocumentStatus })
  @Field(() => PolicyDocumentStatus, { description: 'Adopted, or proposed and awaiting a decision.' })
  status!: PolicyDocumentStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What it says or changes.' })
  summary?: string | null;

  @ManyToOne(() => Organisation, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'organisation_id',
    index: true,
  })
  organisationId?: number | null;

  @ManyToOne(() => Country, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'country_code',
    index: true,
  })
  countryCode?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The body that adopted it (or will decide on it), such as "SCTM General Assembly".',
  })
  adoptedBy?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Year of adoption, or of the planned decision.' })
  adoptedYear?: number | null;

  @ManyToOne(() => Source, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'source_id',
    index: true,
  })
  sourceId?: number | null;
}

/** PolicyDocument as `src/entities/record-types.ts` lists it. */
export const policyDocumentRecord = recordType(PolicyDocument, {
  node: { typeName: 'PolicyDocument', key: 'id' },
  naturalKeys: [CODE_KEY],
  readRule: 'public',
});
