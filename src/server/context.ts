import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from '../loaders/loaders';

/** What every resolver of one request shares: its own EntityManager and its own loaders. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
}

/** A fresh context for one request: a forked EntityManager and loaders over it. */
export function buildContext(orm: MikroORM): Context {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em) };
}
