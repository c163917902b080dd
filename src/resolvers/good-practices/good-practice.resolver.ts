import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { GoodPractice } from '../../entities/good-practice.entity';
import { Municipality } from '../../entities/municipality.entity';
import { Organisation } from '../../entities/organisation.entity';
import { Programme } from '../../entities/programme.entity';
import { Source } from '../../entities/source.entity';
import { listGoodPractices } from '../../loaders/good-practice-list.query';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { GoodPracticeConnection } from './good-practice-connection.type';
import { GoodPracticeFilter } from './good-practice-filter.input';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => GoodPractice)
export class GoodPracticeResolver extends NodeResolver(GoodPractice, (practice) => practice.id) {
  @Query(() => GoodPracticeConnection, { description: 'Good practices, by code, filtered, a page at a time.' })
  goodPractices(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => GoodPracticeFilter, { nullable: true, description: 'Which good practices to list.' })
    filter?: GoodPracticeFilter,
  ): Promise<Page<GoodPractice>> {
    return listGoodPractices(reader, filter ?? {}, toPageRequest(page));
  }

  @Query(() => GoodPractice, { description: 'The good practice with this code; NOT_FOUND when there is none.' })
  async goodPractice(
    @Arg('code', { description: "The good practice's code." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<GoodPractice> {
    const practice = await loaders.goodPracticeByCode.load(code);
    if (!practice) throw notFound('code', code);
    return practice;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation behind it, if an organisation.' })
  organisation(@Root() practice: GoodPractice, @Ctx() { loaders }: Context): Promise<Organisation | null> | null {
    return practice.organisationId == null ? null : loaders.organisationById.load(practice.organisationId);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality behind it, if a municipality.' })
  municipality(@Root() practice: GoodPractice, @Ctx() { loaders }: Context): Promise<Municipality | null> | null {
    return practice.municipalityId == null ? null : loaders.municipalityById.load(practice.municipalityId);
  }

  @FieldResolver(() => Programme, { nullable: true, description: 'The programme it came out of, if any.' })
  programme(@Root() practice: GoodPractice, @Ctx() { loaders }: Context): Promise<Programme | null> | null {
    return practice.programmeId == null ? null : loaders.programmeById.load(practice.programmeId);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where the practice is described.' })
  source(@Root() practice: GoodPractice, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return practice.sourceId == null ? null : loaders.sourceById.load(practice.sourceId);
  }
}
