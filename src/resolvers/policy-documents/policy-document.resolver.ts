import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../../entities/country.entity';
import { Organisation } from '../../entities/organisation.entity';
import { PolicyDocument } from '../../entities/policy-document.entity';
import { Source } from '../../entities/source.entity';
import { listPolicyDocuments } from '../../loaders/policy-document-list.query';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { NodeResolver } from '../node/node-resolver.base';
import { PolicyDocumentConnection } from './policy-document-connection.type';
import { PolicyDocumentFilter } from './policy-document-filter.input';

@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver extends NodeResolver(PolicyDocument, (document) => document.id) {
  @Query(() => PolicyDocumentConnection, {
    description: 'Laws, strategies, declarations and other policy documents, by code, filtered, a page at a time.',
  })
  policyDocuments(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => PolicyDocumentFilter, { nullable: true, description: 'Which policy documents to list.' })
    filter?: PolicyDocumentFilter,
  ): Promise<Page<PolicyDocument>> {
    return listPolicyDocuments(reader, filter ?? {}, toPageRequest(page));
  }

  @Query(() => PolicyDocument, { description: 'The policy document with this code; NOT_FOUND when there is none.' })
  async policyDocument(
    @Arg('code', { description: "The document's code." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<PolicyDocument> {
    const document = await loaders.policyDocumentByCode.load(code);
    if (!document) throw notFound('code', code);
    return document;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation that adopted or proposed it, if an organisation did.',
  })
  organisation(@Root() document: PolicyDocument, @Ctx() { loaders }: Context): Promise<Organisation | null> | null {
    return document.organisationId == null ? null : loaders.organisationById.load(document.organisationId);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country it applies to, if national.' })
  country(@Root() document: PolicyDocument, @Ctx() { loaders }: Context): Promise<Country | null> | null {
    return document.countryCode == null ? null : loaders.countryByCode.load(document.countryCode);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where the document is described or published.' })
  source(@Root() document: PolicyDocument, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return document.sourceId == null ? null : loaders.sourceById.load(document.sourceId);
  }
}
