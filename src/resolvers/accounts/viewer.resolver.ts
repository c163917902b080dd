import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Municipality } from '../../entities/municipality.entity';
import { Organisation } from '../../entities/organisation.entity';
import type { Context } from '../../loaders/request-context';
import { scopeMunicipalities, scopeOrganisations } from './scope-rows';
import { Authentication, ViewerInfo } from './viewer-info.type';

@Resolver(() => ViewerInfo)
export class ViewerResolver {
  @Query(() => ViewerInfo, {
    description:
      'Who the caller is: anonymous, the holder of an API token, or a signed-in account (see README, "Accounts").',
  })
  viewer(@Ctx() { viewer }: Context): ViewerInfo {
    const authentication = viewer.accountId
      ? Authentication.SESSION
      : viewer.tokenId !== null
        ? Authentication.TOKEN
        : Authentication.ANONYMOUS;
    return {
      authentication,
      role: viewer.role,
      accountId: viewer.accountId ?? null,
      organisationIds: viewer.organisationIds,
      municipalityIds: viewer.municipalityIds,
    };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The signed-in account's email; null for a token or anonymous.",
  })
  async email(@Root() info: ViewerInfo, @Ctx() { em }: Context): Promise<string | null> {
    if (info.accountId === null) return null;
    const [row] = await em.execute<{ email: string }[]>('select email from account where id = ?', [info.accountId]);
    return row?.email ?? null;
  }

  @FieldResolver(() => [Organisation], {
    description: 'The organisations an EDITOR, REVIEWER or VIEWER acts for; empty for other roles.',
  })
  async organisations(@Root() info: ViewerInfo, @Ctx() { loaders }: Context): Promise<Organisation[]> {
    return scopeOrganisations(loaders, info.organisationIds);
  }

  @FieldResolver(() => [Municipality], {
    description: 'The municipalities a REPORTER reports for; empty for other roles.',
  })
  async municipalities(@Root() info: ViewerInfo, @Ctx() { loaders }: Context): Promise<Municipality[]> {
    return scopeMunicipalities(loaders, info.municipalityIds);
  }
}
