import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AccountMailer } from '../auth/account-mail';
import { ReadRules } from '../auth/read-rules';
import type { Viewer } from '../auth/viewer';
import { createLoaders, type Loaders } from './loaders';
import type { Reader } from './reader';

/** What every resolver of one request shares: who asks, its own EntityManager, and loaders that read only what the viewer may see. */
export interface Context {
  viewer: Viewer;
  em: EntityManager;
  reader: Reader;
  loaders: Loaders;
  /** Mails invitation and password-reset links; undefined when SMTP_URL is unset (no mail is sent). */
  mailer?: AccountMailer;
  /**
   * Set on the operations of a download (`GET /export/...`, `GET /iati/activities.xml`): each answers one page of a file that no
   * other request asks for again, so none is written to the public response cache.
   */
  download?: true;
}

/** A fresh context for one request of `viewer`: a forked EntityManager, its read rules, loaders over them, and the mailer if any. */
export function buildContext(orm: MikroORM, viewer: Viewer, mailer?: AccountMailer): Context {
  const em = orm.em.fork();
  const reader: Reader = { em, rules: new ReadRules(em.getKnex(), viewer) };
  return { viewer, em, reader, loaders: createLoaders(reader), ...(mailer ? { mailer } : {}) };
}
