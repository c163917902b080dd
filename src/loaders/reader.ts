import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReadRules } from '../auth/read-rules';

/** What every read path needs: the request's EntityManager and what its viewer may read. */
export interface Reader {
  em: EntityManager;
  rules: ReadRules;
}
