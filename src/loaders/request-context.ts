import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
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
}

/** A fresh context for one request of `viewer`: a forked EntityManager, its read rules, and loaders over them. */
export function buildContext(orm: MikroORM, viewer: Viewer): Context {
  const em = orm.em.fork();
  const reader: Reader = { em, rules: new ReadRules(em.getKnex(), viewer) };
  return { viewer, em, reader, loaders: createLoaders(reader) };
}
