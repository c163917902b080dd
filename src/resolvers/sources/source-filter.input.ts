import { Field, InputType } from 'type-graphql';
import { SourceKind } from '../../entities/source.entity';
import type { SourceListFilter } from '../../loaders/source-list.query';

@InputType({ description: 'Which sources to list; every condition given must hold.' })
export class SourceFilter implements SourceListFilter {
  @Field(() => SourceKind, { nullable: true, description: 'Of this kind of publication.' })
  kind?: SourceKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text contained in the key, the title, its English translation or the publisher, ignoring case.',
  })
  search?: string | null;
}
