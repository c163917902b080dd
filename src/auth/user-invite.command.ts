import { runDatabaseCommand } from '../db/database-command';
import { AccountLinkPurpose } from '../entities/account-link.entity';
import { Role } from '../entities/role.enum';
import { accountSettings } from '../settings/settings';
import { accountLinkUrl, createAccountLink, insertAccount } from './accounts';
import { SCOPE_HELP, scopeOfCodes } from './scope-codes';

const USAGE = `npm run user:invite -- EMAIL ROLE [SCOPE ...]
  ROLE: ${Object.values(Role).join(', ')}
  SCOPE: ${SCOPE_HELP}`;

/** `npm run user:invite`: makes an account without a password and prints its one-time invitation link (no mail is sent). */
runDatabaseCommand(async (orm) => {
  const [email, role, ...scope] = process.argv.slice(2);
  if (!email || !role || !Object.values(Role).includes(role as Role))
    throw new Error(`EMAIL and ROLE are needed.\n${USAGE}`);
  const em = orm.em.fork();
  const { publicUrl, accountLinkHours } = accountSettings();
  return em.transactional(async (tx) => {
    const id = await insertAccount(tx, { email, role: role as Role, ...(await scopeOfCodes(tx, role as Role, scope)) });
    const token = await createAccountLink(tx, id, AccountLinkPurpose.INVITATION, accountLinkHours);
    return `Account ${id} (${role}${scope.length ? ` of ${scope.join(', ')}` : ''}) invited. Send this link to ${email.trim()}; it works once, for ${accountLinkHours} hours:\n${accountLinkUrl(publicUrl, AccountLinkPurpose.INVITATION, token)}`;
  });
});
