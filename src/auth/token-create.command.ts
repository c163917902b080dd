import { parseArgs } from 'node:util';
import { runDatabaseCommand } from '../db/database-command';
import { createApiToken } from './api-tokens';
import { SCOPE_HELP, scopeOfCodes } from './scope-codes';
import { Role } from '../entities/role.enum';

const USAGE = `npm run token:create -- --role ROLE [--scope CODE ...] [--name TEXT] [--expires-in-days N]
  ROLE: ${Object.values(Role).join(', ')}
  --scope: ${SCOPE_HELP}; repeat for more`;

/** `npm run token:create`: makes an API token and prints its secret, the one time it is shown. */
runDatabaseCommand(async (orm) => {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      scope: { type: 'string', multiple: true, default: [] },
      name: { type: 'string' },
      'expires-in-days': { type: 'string' },
    },
  });
  const role = values.role as Role | undefined;
  if (!role || !Object.values(Role).includes(role)) throw new Error(`--role is missing or unknown.\n${USAGE}`);
  const em = orm.em.fork();
  const scope = values.scope ?? [];
  const days = values['expires-in-days'] === undefined ? null : Number(values['expires-in-days']);
  if (days !== null && !(days > 0)) throw new Error('--expires-in-days must be a positive number.');
  const { id, secret } = await createApiToken(em, {
    name: values.name ?? `${role} token`,
    role,
    ...(await scopeOfCodes(em, role, scope)),
    expiresAt: days === null ? null : new Date(Date.now() + days * 86_400_000),
  });
  return `Token ${id} (${role}${scope.length ? ` of ${scope.join(', ')}` : ''}). Send it as "Authorization: Bearer <token>"; it is not shown again:\n${secret}`;
});
