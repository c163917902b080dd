import type { BlockList } from 'node:net';
import { serverEnvSettings, type Env, type ServerEnvSettings } from '../settings/settings';
import { trustedProxyList } from './client-address';

export type { LimitSettings } from '../settings/settings';

/** How the server runs: its limits, and what it shows of itself (`src/settings/settings.ts` reads them). */
export interface ServerSettings extends Omit<ServerEnvSettings, 'trustedProxies'> {
  /** Reverse proxies whose `X-Forwarded-For` names the client (`client-address.ts`); empty: the connection's peer is the client. */
  trustedProxies: BlockList;
}

/**
 * The settings from the environment (`src/settings/settings.ts`, where the defaults are). Under
 * NODE_ENV=production introspection, the explorer and field suggestions are off unless switched on.
 */
export function serverSettingsFromEnv(env?: Env): ServerSettings {
  const settings = serverEnvSettings(env);
  return { ...settings, trustedProxies: trustedProxyList(settings.trustedProxies) };
}
