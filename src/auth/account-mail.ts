import nodemailer from 'nodemailer';
import { AccountLinkPurpose } from '../entities/account-link.entity';
import type { Logger } from '../ops/logger';
import type { MailSettings } from '../settings/settings';

/** A one-time link to mail: to whom, which kind, the link and when it stops working. */
export interface AccountLinkMail {
  to: string;
  purpose: AccountLinkPurpose;
  link: string;
  expiresAt: Date;
}

/** Sends account links by mail; `send` never throws: it answers whether the mail was accepted, and logs why not. */
export interface AccountMailer {
  send(mail: AccountLinkMail): Promise<boolean>;
}

/** The subject and plain text of a link's mail (English). */
export function accountLinkMailText(mail: AccountLinkMail): { subject: string; text: string } {
  const until = `${mail.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const invitation = mail.purpose === AccountLinkPurpose.INVITATION;
  const subject = invitation ? 'Your invitation to the programme monitoring hub' : 'Reset your password';
  const opening = invitation
    ? 'You have been invited to the programme monitoring hub. Open this link to set your password:'
    : 'A new password was requested for your account on the programme monitoring hub. Open this link to set it:';
  const text = [
    'Hello,',
    '',
    opening,
    '',
    mail.link,
    '',
    `The link works once, until ${until}.`,
    invitation
      ? 'If you did not expect this invitation, ignore this mail.'
      : 'If you did not ask for this, ignore this mail: your password stays as it is.',
    '',
  ].join('\n');
  return { subject, text };
}

/**
 * A mailer over the SMTP server of `settings` (nodemailer). A mail that fails is logged through
 * `logOf()` (the request's logger, which carries its id) by the recipient and the error's code and
 * message only: never the link, the token or the server's password.
 */
export function createAccountMailer(settings: MailSettings, logOf: () => Logger): AccountMailer {
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      const { subject, text } = accountLinkMailText(mail);
      try {
        await transport.sendMail({ from: settings.from, to: mail.to, subject, text });
        return true;
      } catch (error) {
        const { code, message } = error as { code?: unknown; message?: unknown };
        logOf().warn(
          {
            mailTo: mail.to,
            purpose: mail.purpose,
            mailError: typeof code === 'string' ? code : 'unknown',
            reason: typeof message === 'string' ? redacted(message, mail.link, settings.smtpUrl) : undefined,
          },
          'The account link was not mailed; it was answered all the same.',
        );
        return false;
      }
    },
  };
}

/** `message`, shortened, without the link and without the SMTP URL or its password, should a server echo them. */
function redacted(message: string, link: string, smtpUrl: string): string {
  let password: string;
  try {
    password = decodeURIComponent(new URL(smtpUrl).password);
  } catch {
    password = '';
  }
  let out = message.split(link).join('[link]').split(smtpUrl).join('[SMTP_URL]');
  const token = link.split('#token=')[1];
  if (token) out = out.split(token).join('[token]');
  if (password) out = out.split(password).join('[redacted]');
  return out.slice(0, 300);
}
