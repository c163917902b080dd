import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Municipality } from '../../entities/municipality.entity';
import { Organisation } from '../../entities/organisation.entity';
import type { Context } from '../../loaders/request-context';
import { ViewerInfo } from './viewer.type';

/** `viewer`: the caller's own role and scope, for the pages that write data. */
@Resolver(() => ViewerInfo)
export class ViewerResolver {
  @Query(() => ViewerInfo, {
    description:
      'Who is asking: the role and scope of the token (or session) the request carries. Anonymous callers get a null role and empty lists.',
  })
  viewer(@Ctx() { viewer }: Context): ViewerInfo {
    return { role: viewer.role, municipalityIds: viewer.municipalityIds, organisationIds: viewer.organisationIds };
  }

  @FieldResolver(() => [Municipality], {
    description: 'The municipalities a REPORTER reports for (those it may read), by local name; empty for other roles.',
  })
  async municipalities(@Root() info: ViewerInfo, @Ctx() { loaders }: Context): Promise<Municipality[]> {
    const rows = await loaders.municipalityById.loadMany(info.municipalityIds);
    return rows
      .filter((row): row is Municipality => row !== null && !(row instanceof Error))
      .sort((a, b) => a.nameLocal.localeCompare(b.nameLocal));
  }

  @FieldResolver(() => [Organisation], {
    description:
      'The organisations an EDITOR, REVIEWER or VIEWER acts for (those it may read), by name; empty for other roles.',
  })
  async organisations(@Root() info: ViewerInfo, @Ctx() { loaders }: Context): Promise<Organisation[]> {
    const rows = await loaders.organisationById.loadMany(info.organisationIds);
    return rows
      .filter((row): row is Organisation => row !== null && !(row instanceof Error))
      .sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  }
}
