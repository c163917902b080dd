import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { LocalDate } from '../schema/scalars';
import { EditableEntity } from './editable.entity';
import { recordType } from './record-type';

/** What kind of publication a source is. */
export enum SourceKind {
  REPORT = 'REPORT',
  EVALUATION = 'EVALUATION',
  WEB_PAGE = 'WEB_PAGE',
  ARTICLE = 'ARTICLE',
  STATISTICS = 'STATISTICS',
  CODE_LIST = 'CODE_LIST',
}
registerEnumType(SourceKind, { name: 'SourceKind', description: 'What kind of publication a source is.' });

@Entity()
@ObjectType({
  implements: Node,
  description: 'A document, web page or data set that states facts the hub records; every figure points to one.',
})
export class Source extends EditableEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key of the source, for example `salar-hoj-programme-page`.' })
  key!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Title as the source gives it.' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'English translation of the title, where the source is in another language.',
  })
  titleEn?: string | null;

  @Enum({ items: () => SourceKind })
  @Index()
  @Field(() => SourceKind, { description: 'What kind of publication it is.' })
  kind!: SourceKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who published it.' })
  publisher?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Where it can be read, when known.' })
  url?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true, description: 'Publication date (YYYY-MM-DD), when the source states it.' })
  publishedOn?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Publication year, when only the year is known.' })
  publishedYear?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Language of the source as an ISO 639-1 code.' })
  language?: string | null;

  @ManyToOne(() => Source, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'cited_in_id',
    index: true,
  })
  citedInId?: number | null;
}

/** Source as `src/entities/record-types.ts` lists it. */
export const sourceRecord = recordType(Source, {
  node: { typeName: 'Source', key: 'id' },
  naturalKeys: [
    { properties: ['key'], refusal: { field: 'key', describe: (values) => `the key ${String(values.key)}` } },
  ],
  readRule: 'public',
});
