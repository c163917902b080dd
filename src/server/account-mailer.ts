import { createAccountMailer, type AccountMailer } from '../auth/account-mail';
import type { Logger } from '../ops/logger';
import { currentRequest } from './request-id';
import type { ServerSettings } from './server-settings';

/**
 * The mailer of invitation and password-reset links when SMTP_URL is set, else undefined. A failed
 * mail is logged through the request's logger (its lines carry the request id), else through `log`.
 */
export function accountMailer(settings: ServerSettings, log: Logger): AccountMailer | undefined {
  const mail = settings.accounts.mail;
  return mail ? createAccountMailer(mail, () => currentRequest()?.log ?? log) : undefined;
}
