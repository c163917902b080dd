import { runDatabaseCommand } from '../db/database-command';
import { AccountLinkPurpose } from '../entities/account-link.entity';
import { Role } from '../entities/role.enum';
import { logger } from '../ops/logger';
import { accountSettings } from '../settings/settings';
import { createAccountMailer } from './account-mail';
import { accountLinkUrl, createAccountLink, insertAccount, normalisedEmail } from './accounts';
import { SCOPE_HELP, scopeOfCodes } from './scope-codes';

const USAGE = `npm run user:invite -- EMAIL ROLE [SCOPE ...]
  ROLE: ${Object.values(Role).join(', ')}
  SCOPE: ${SCOPE_HELP}`;

/**
 * `npm run user:invite`: makes an account without a password and prints its one-time invitation
 * link; with SMTP_URL set, also mails it to the email once the account is written.
 */
runDatabaseCommand(async (orm) => {
  const [email, role, ...scope] = process.argv.slice(2);
  if (!email || !role || !Object.values(Role).includes(role as Role))
    throw new Error(`EMAIL and ROLE are needed.\n${USAGE}`);
  const em = orm.em.fork();
  const { publicUrl, accountLinkHours, mail } = accountSettings();
  const { id, token } = await em.transactional(async (tx) => {
    const id = await insertAccount(tx, { email, role: role as Role, ...(await scopeOfCodes(tx, role as Role, scope)) });
    return { id, token: await createAccountLink(tx, id, AccountLinkPurpose.INVITATION, accountLinkHours) };
  });
  const link = accountLinkUrl(publicUrl, AccountLinkPurpose.INVITATION, token);
  const to = normalisedEmail(email) ?? email.trim();
  let mailed = 'No mail was sent (SMTP_URL is unset): send this link';
  if (mail) {
    const expiresAt = new Date(Date.now() + accountLinkHours * 3_600_000);
    const sent = await createAccountMailer(mail, () => logger).send({
      to,
      purpose: AccountLinkPurpose.INVITATION,
      link,
      expiresAt,
    });
    mailed = sent
      ? 'The link was mailed; it is also this one, sent'
      : 'The mail was NOT sent (see the log above): send this link';
  }
  return `Account ${id} (${role}${scope.length ? ` of ${scope.join(', ')}` : ''}) invited. ${mailed} to ${to}; it works once, for ${accountLinkHours} hours:\n${link}`;
});
