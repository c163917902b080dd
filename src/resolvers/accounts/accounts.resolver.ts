import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Municipality } from '../../entities/municipality.entity';
import { Organisation } from '../../entities/organisation.entity';
import { listAccounts, type AccountRow } from '../../loaders/account-lists.query';
import type { Context } from '../../loaders/request-context';
import { toGlobalId } from '../../schema/global-id';
import { validateInput } from '../../schema/validate-input';
import {
  assertAdmin,
  createPasswordReset,
  inviteAccount,
  setAccountDisabled,
  updateAccount,
  type AccountLinkResult,
} from '../../writes/account.writes';
import { AccessFields, AccountInvitationInput } from './access.input';
import { AccountLinkType } from './account-payloads.type';
import { AccountType } from './account.type';
import { scopeMunicipalities, scopeOrganisations } from './scope-rows';

/** An account row as the API type. */
export function accountOf(row: AccountRow): AccountType {
  return {
    id: toGlobalId('Account', row.id),
    email: row.email,
    role: row.role,
    disabled: row.disabled_at !== null,
    passwordSet: row.password_set,
    createdAt: new Date(row.created_at),
    organisationIds: row.organisation_ids,
    municipalityIds: row.municipality_ids,
    version: row.version,
  };
}

function linkOf(result: AccountLinkResult): AccountLinkType {
  return { account: accountOf(result.account), link: result.link, expiresAt: result.expiresAt, mailed: result.mailed };
}

const AUDITED = 'ADMIN only; recorded in the audit trail (without any password hash).';
const VERSIONED =
  'Raises the version; a stale `version` is CONFLICT with `extensions.currentVersion` and changes nothing.';
const VERSION_ARG = {
  nullable: true,
  description:
    'The version the change was made from; CONFLICT when the account changed since. Without it the change applies to whatever is current.',
} as const;

@Resolver(() => AccountType)
export class AccountsResolver {
  @Query(() => [AccountType], { description: 'Every account, by email. ADMIN only.' })
  async accounts(@Ctx() context: Context): Promise<AccountType[]> {
    assertAdmin(context.viewer, 'list accounts');
    return (await listAccounts(context.em)).map(accountOf);
  }

  @FieldResolver(() => [Organisation], {
    description: 'The organisations an EDITOR, REVIEWER or VIEWER account acts for; empty for other roles.',
  })
  organisations(@Root() account: AccountType, @Ctx() { loaders }: Context): Promise<Organisation[]> {
    return scopeOrganisations(loaders, account.organisationIds);
  }

  @FieldResolver(() => [Municipality], {
    description: 'The municipalities a REPORTER account reports for; empty for other roles.',
  })
  municipalities(@Root() account: AccountType, @Ctx() { loaders }: Context): Promise<Municipality[]> {
    return scopeMunicipalities(loaders, account.municipalityIds);
  }

  @Mutation(() => AccountLinkType, {
    description: `Invites a person: makes an account (no password yet) with a role and scope, and answers the one-time link that sets its password (ACCOUNT_LINK_HOURS), which is also mailed to the email when SMTP_URL is set (see mailed). A taken email or a wrong scope is BAD_USER_INPUT naming each field. ${AUDITED}`,
  })
  async inviteAccount(
    @Arg('input', () => AccountInvitationInput, {
      validateFn: validateInput('input'),
      description: 'Whom, and what the account may do.',
    })
    input: AccountInvitationInput,
    @Ctx() context: Context,
  ): Promise<AccountLinkType> {
    return linkOf(await inviteAccount(context, input));
  }

  @Mutation(() => AccountType, {
    description: `Replaces an account's role and scope; its sessions take them at their next request. ${VERSIONED} ${AUDITED}`,
  })
  async updateAccount(
    @Arg('id', () => ID, { description: 'Global id of the account.' }) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number | null | undefined,
    @Arg('input', () => AccessFields, { validateFn: validateInput('input'), description: 'The new role and scope.' })
    input: AccessFields,
    @Ctx() context: Context,
  ): Promise<AccountType> {
    return accountOf(await updateAccount(context, id, input, version));
  }

  @Mutation(() => AccountType, {
    description: `Disables an account: it signs in no more, and every session of it ends at once. ${VERSIONED} ${AUDITED}`,
  })
  async disableAccount(
    @Arg('id', () => ID, { description: 'Global id of the account.' }) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number | null | undefined,
    @Ctx() context: Context,
  ): Promise<AccountType> {
    return accountOf(await setAccountDisabled(context, id, true, version));
  }

  @Mutation(() => AccountType, {
    description: `Enables a disabled account: it may sign in again (its old sessions stay ended). ${VERSIONED} ${AUDITED}`,
  })
  async enableAccount(
    @Arg('id', () => ID, { description: 'Global id of the account.' }) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number | null | undefined,
    @Ctx() context: Context,
  ): Promise<AccountType> {
    return accountOf(await setAccountDisabled(context, id, false, version));
  }

  @Mutation(() => AccountLinkType, {
    description:
      "A one-time link that sets a new password for an enabled account (an invitation again while none is set); earlier links of the account stop working, and using it ends the account's sessions. Also mailed to the account's email when SMTP_URL is set (see mailed). ADMIN only.",
  })
  async createPasswordReset(
    @Arg('id', () => ID, { description: 'Global id of the account.' }) id: string,
    @Ctx() context: Context,
  ): Promise<AccountLinkType> {
    return linkOf(await createPasswordReset(context, id));
  }
}
