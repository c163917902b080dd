import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runDatabaseCommand } from '../db/database-command';
import { Municipality } from '../entities/municipality.entity';
import { Organisation } from '../entities/organisation.entity';
import { createApiToken } from './api-tokens';
import { Role } from '../entities/role.enum';

const USAGE = `npm run token:create -- --role ROLE [--scope CODE ...] [--name TEXT] [--expires-in-days N]
  ROLE: ${Object.values(Role).join(', ')}
  --scope: an organisation code (EDITOR, REVIEWER, VIEWER), or a municipality as COUNTRY:CODE (REPORTER), e.g. NO:1021; repeat for more`;

async function organisationIds(em: EntityManager, codes: string[]): Promise<number[]> {
  const found = await em.find(Organisation, { code: { $in: codes } });
  const missing = codes.filter((code) => !found.some((organisation) => organisation.code === code));
  if (missing.length) throw new Error(`No organisation has the code ${missing.join(', ')}.`);
  return found.map((organisation) => organisation.id);
}

async function municipalityIds(em: EntityManager, keys: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const key of keys) {
    const [countryCode, code] = key.split(':');
    const municipality = code ? await em.findOne(Municipality, { countryCode, code }) : null;
    if (!municipality) throw new Error(`No municipality is ${key}; give COUNTRY:CODE, e.g. NO:1021.`);
    ids.push(municipality.id);
  }
  return ids;
}

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
    organisationIds: role === Role.REPORTER || role === Role.ADMIN ? [] : await organisationIds(em, scope),
    municipalityIds: role === Role.REPORTER ? await municipalityIds(em, scope) : [],
    expiresAt: days === null ? null : new Date(Date.now() + days * 86_400_000),
  });
  return `Token ${id} (${role}${scope.length ? ` of ${scope.join(', ')}` : ''}). Send it as "Authorization: Bearer <token>"; it is not shown again:\n${secret}`;
});
