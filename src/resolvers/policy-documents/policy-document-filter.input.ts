import { Field, InputType } from 'type-graphql';
import { PolicyDocumentKind } from '../../entities/policy-document.entity';
import { CountryCode } from '../../schema/scalars';
import type { PolicyDocumentListFilter } from '../../loaders/policy-document-list.query';

@InputType({ description: 'Which policy documents to list; every condition given must hold.' })
export class PolicyDocumentFilter implements PolicyDocumentListFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Adopted or proposed by the organisation with this code, for example `SCTM`.',
  })
  organisation?: string | null;

  @Field(() => CountryCode, { nullable: true, description: 'Of this country (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => PolicyDocumentKind, { nullable: true, description: 'Of this sort: law, strategy, declaration, ...' })
  kind?: PolicyDocumentKind | null;
}
