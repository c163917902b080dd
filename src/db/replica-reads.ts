import type { EntityManager, Knex, Options } from '@mikro-orm/postgresql';
import { databaseLocation, type Env } from '../settings/settings';

/** EntityManagers whose plain reads may go to a read replica. */
const replicaReaders = new WeakSet<EntityManager>();

/**
 * ORM options for the read replicas named by `DATABASE_REPLICA_URLS` (comma-separated); none when
 * unset. Only the reads `executeRead` sends there use them: the ORM's own finds and counts stay on
 * the primary.
 */
export function replicaOptionsFromEnv(env?: Env): Pick<Options, 'replicas' | 'preferReadReplicas'> {
  const urls = databaseLocation(env).replicaUrls;
  return {
    replicas: urls.map((clientUrl, index) => ({ name: `replica-${index + 1}`, clientUrl })),
    preferReadReplicas: false,
  };
}

/**
 * Lets the plain reads of `em` run on a read replica (one of the ORM's `replicas`, picked at
 * random), for work that need not see its own writes: a query operation. Without replicas they
 * stay on the primary.
 */
export function readFromReplicas(em: EntityManager): void {
  replicaReaders.add(em);
}

/**
 * Runs a read of `em` and returns its rows: on a replica when `em` may read from one and is not
 * inside a transaction, otherwise on the primary (within the transaction, if any). Both are
 * logged and counted like any statement of the ORM.
 */
export async function executeRead<T>(em: EntityManager, query: Knex.QueryBuilder | Knex.Raw): Promise<T[]> {
  if (!replicaReaders.has(em) || em.isInTransaction()) return em.execute<T[]>(query);
  try {
    return await em.getConnection('read').execute<T[]>(query);
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}
