import { parseArgs } from 'node:util';
import { runDatabaseCommand } from '../db/database-command';
import { revokeApiToken } from './api-tokens';

/** `npm run token:revoke -- --id N`: revokes a token for good. */
runDatabaseCommand(async (orm) => {
  const { values } = parseArgs({ options: { id: { type: 'string' } } });
  const id = Number(values.id);
  if (!Number.isSafeInteger(id)) throw new Error('Usage: npm run token:revoke -- --id N');
  return (await revokeApiToken(orm.em.fork(), id)) ? `Token ${id} is revoked.` : `No live token has the id ${id}.`;
});
