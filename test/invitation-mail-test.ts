import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountMailer } from '../src/auth/account-mail';
import { insertAccount } from '../src/auth/accounts';
import { AccountLinkPurpose } from '../src/entities/account-link.entity';
import { createLogger } from '../src/ops/logger';
import type { Viewer } from '../src/auth/viewer';
import { Role } from '../src/entities/role.enum';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { checkSettings } from '../src/settings/settings';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';

/** A mail the test server took: its envelope's recipients and its text, decoded. */
interface ReceivedMail {
  to: string[];
  from: string | false;
  text: string;
}

/** The body of a plain-text mail, quoted-printable decoded when it says so. */
function bodyOf(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(headers)) return body;
  return body
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An SMTP server on 127.0.0.1 that keeps what it receives. */
async function startMailServer(): Promise<{ url: string; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          from: session.envelope.mailFrom && session.envelope.mailFrom.address,
          text: bodyOf(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve) => {
    const listening = server.listen(0, '127.0.0.1', () => resolve((listening.address() as AddressInfo).port));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const INVITE = `mutation ($input: AccountInvitationInput!) {
  inviteAccount(input: $input) { link expiresAt mailed account { id email } }
}`;
const RESET = `mutation ($id: ID!) { createPasswordReset(id: $id) { link expiresAt mailed account { email } } }`;

describe('invitation and password-reset links mailed when SMTP_URL is set', () => {
  let database: { url: string; drop: () => Promise<void> };
  let mailServer: Awaited<ReturnType<typeof startMailServer>>;
  const hubs: TestHub[] = [];
  let admin: Viewer;

  /** A hub over the scratch database with these settings of the environment. */
  const hubWith = async (env: Record<string, string>) => {
    const hub = await initTestHub(database.url, serverSettingsFromEnv(env));
    hubs.push(hub);
    return hub;
  };

  beforeAll(async () => {
    database = await createScratchDatabase();
    mailServer = await startMailServer();
    const setup = await hubWith({});
    const id = await insertAccount(setup.orm.em.fork(), { email: 'admin@example.org', role: Role.ADMIN });
    admin = {
      key: `account:${id}`,
      tokenId: null,
      accountId: id,
      role: Role.ADMIN,
      organisationIds: [],
      municipalityIds: [],
    };
  });
  afterAll(async () => {
    for (const hub of hubs) await hub.close();
    await mailServer?.close();
    await database?.drop();
  });

  it('mails the invitation and the reset, each to the account, with the link the API answered', async () => {
    const hub = await hubWith({ SMTP_URL: mailServer.url, MAIL_FROM: 'Hub <hub@example.org>' });
    const invited = await hub.query(INVITE, { input: { email: 'Ana@Example.org', role: 'ADMIN' } }, admin);
    expect(invited.errors).toBeUndefined();
    const invitation = invited.data!.inviteAccount;
    expect(invitation.mailed).toBe(true);
    expect(invitation.link).toMatch(/\/accept-invitation#token=[A-Za-z0-9_-]{43}$/);
    expect(mailServer.mails).toHaveLength(1);
    expect(mailServer.mails[0]).toMatchObject({ to: ['ana@example.org'], from: 'hub@example.org' });
    expect(mailServer.mails[0].text).toContain(invitation.link);
    expect(mailServer.mails[0].text).toContain(
      `until ${new Date(invitation.expiresAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    );

    // Set a password, so the next link is a reset.
    await hub.orm.em
      .fork()
      .getConnection()
      .execute(`update account set password_hash = 'x' where email = 'ana@example.org'`);
    const reset = await hub.query(RESET, { id: invitation.account.id }, admin);
    expect(reset.errors).toBeUndefined();
    const resetLink = reset.data!.createPasswordReset;
    expect(resetLink.mailed).toBe(true);
    expect(resetLink.link).toMatch(/\/reset-password#token=[A-Za-z0-9_-]{43}$/);
    expect(mailServer.mails).toHaveLength(2);
    expect(mailServer.mails[1].to).toEqual(['ana@example.org']);
    expect(mailServer.mails[1].text).toContain(resetLink.link);
    expect(mailServer.mails[1].text).not.toContain(invitation.link);
  });

  it('a mail that cannot be sent leaves the invitation made and answered, with mailed: false', async () => {
    const hub = await hubWith({
      SMTP_URL: `smtp://user:pass@127.0.0.1:${await closedPort()}`,
      MAIL_FROM: 'hub@example.org',
    });
    const before = mailServer.mails.length;
    const invited = await hub.query(INVITE, { input: { email: 'bo@example.org', role: 'ADMIN' } }, admin);
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteAccount).toMatchObject({ mailed: false, account: { email: 'bo@example.org' } });
    expect(invited.data!.inviteAccount.link).toMatch(/\/accept-invitation#token=/);
    const [row] = await hub.orm.em
      .fork()
      .getConnection()
      .execute<{ links: string }[]>(
        `select count(*) as links from account_link l join account a on a.id = l.account_id where a.email = 'bo@example.org' and l.used_at is null`,
      );
    expect(Number(row.links)).toBe(1);
    expect(mailServer.mails).toHaveLength(before);
  });

  it('logs a failed mail by its recipient and error code, never the link, its token or the SMTP password', async () => {
    const lines: string[] = [];
    const log = createLogger({ write: (line: string) => void lines.push(line) }, 'info');
    const token = 'T0k3n-that-must-not-be-logged-aaaaaaaaaaaaaa';
    const mailer = createAccountMailer(
      { smtpUrl: `smtp://user:hunter2secret@127.0.0.1:${await closedPort()}`, from: 'hub@example.org' },
      () => log,
    );
    const sent = await mailer.send({
      to: 'dee@example.org',
      purpose: AccountLinkPurpose.INVITATION,
      link: `http://localhost:4000/accept-invitation#token=${token}`,
      expiresAt: new Date(),
    });
    expect(sent).toBe(false);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 40,
      mailTo: 'dee@example.org',
      mailError: expect.stringMatching(/^E[A-Z]+$/),
    });
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).not.toContain('hunter2secret');
  });

  it('without SMTP_URL nothing is sent and mailed is null', async () => {
    const hub = await hubWith({});
    const before = mailServer.mails.length;
    const invited = await hub.query(INVITE, { input: { email: 'cy@example.org', role: 'ADMIN' } }, admin);
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteAccount.mailed).toBeNull();
    const reset = await hub.query(RESET, { id: invited.data!.inviteAccount.account.id }, admin);
    expect(reset.data!.createPasswordReset.mailed).toBeNull();
    expect(mailServer.mails).toHaveLength(before);
  });

  it('SMTP_URL needs MAIL_FROM, and neither error repeats the URL with its password', () => {
    expect(() => checkSettings({ SMTP_URL: 'smtp://user:secret@mail.example.org:587' })).toThrow(
      'SMTP_URL is set: MAIL_FROM',
    );
    expect(() => checkSettings({ SMTP_URL: 'http://user:secret@mail.example.org', MAIL_FROM: 'a@b.org' })).toThrow(
      /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL[^]*$/,
    );
    try {
      checkSettings({ SMTP_URL: 'http://user:secret@mail.example.org', MAIL_FROM: 'a@b.org' });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
    expect(() => checkSettings({ MAIL_FROM: 'a@b.org' })).toThrow('MAIL_FROM is set without SMTP_URL.');
    expect(() =>
      checkSettings({ SMTP_URL: 'smtps://mail.example.org', MAIL_FROM: 'Hub <hub@example.org>' }),
    ).not.toThrow();
  });
});
