import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Municipality } from '../../entities/municipality.entity';
import { Organisation } from '../../entities/organisation.entity';
import { listApiTokens, type ApiTokenRow } from '../../loaders/account-lists.query';
import type { Context } from '../../loaders/request-context';
import { toGlobalId } from '../../schema/global-id';
import { validateInput } from '../../schema/validate-input';
import { assertAdmin } from '../../writes/account.writes';
import { createToken, revokeToken } from '../../writes/api-token.writes';
import { ApiTokenInput } from './access.input';
import { NewApiTokenType } from './account-payloads.type';
import { ApiTokenType } from './api-token.type';
import { scopeMunicipalities, scopeOrganisations } from './scope-rows';

function tokenOf(row: ApiTokenRow): ApiTokenType {
  const date = (value: Date | null) => (value === null ? null : new Date(value));
  return {
    id: toGlobalId('ApiToken', row.id),
    name: row.name,
    role: row.role,
    expiresAt: date(row.expires_at),
    revokedAt: date(row.revoked_at),
    createdAt: new Date(row.created_at),
    organisationIds: row.organisation_ids,
    municipalityIds: row.municipality_ids,
  };
}

@Resolver(() => ApiTokenType)
export class ApiTokensResolver {
  @Query(() => [ApiTokenType], {
    description: 'Every API token, newest first, revoked and expired ones included; never a secret. ADMIN only.',
  })
  async apiTokens(@Ctx() context: Context): Promise<ApiTokenType[]> {
    assertAdmin(context.viewer, 'list API tokens');
    return (await listApiTokens(context.em)).map(tokenOf);
  }

  @FieldResolver(() => [Organisation], {
    description: 'The organisations an EDITOR, REVIEWER or VIEWER token acts for; empty for other roles.',
  })
  organisations(@Root() token: ApiTokenType, @Ctx() { loaders }: Context): Promise<Organisation[]> {
    return scopeOrganisations(loaders, token.organisationIds);
  }

  @FieldResolver(() => [Municipality], {
    description: 'The municipalities a REPORTER token reports for; empty for other roles.',
  })
  municipalities(@Root() token: ApiTokenType, @Ctx() { loaders }: Context): Promise<Municipality[]> {
    return scopeMunicipalities(loaders, token.municipalityIds);
  }

  @Mutation(() => NewApiTokenType, {
    description:
      'Makes an API token and answers its secret, the one time it is shown (only its SHA-256 is kept). A wrong scope, name or expiry is BAD_USER_INPUT naming each field. ADMIN only; recorded in the audit trail.',
  })
  async createApiToken(
    @Arg('input', () => ApiTokenInput, { validateFn: validateInput('input'), description: 'The new token.' })
    input: ApiTokenInput,
    @Ctx() context: Context,
  ): Promise<NewApiTokenType> {
    const { token, secret } = await createToken(context, input);
    return { token: tokenOf(token), secret };
  }

  @Mutation(() => ApiTokenType, {
    description:
      'Revokes an API token for good: requests with it get 401 from now on. Revoking a revoked token changes nothing. ADMIN only; recorded in the audit trail.',
  })
  async revokeApiToken(
    @Arg('id', () => ID, { description: 'Global id of the token.' }) id: string,
    @Ctx() context: Context,
  ): Promise<ApiTokenType> {
    return tokenOf(await revokeToken(context, id));
  }
}
