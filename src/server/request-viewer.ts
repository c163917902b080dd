import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { authenticate, authenticateSession } from '../auth/authenticate';
import type { SessionStore } from '../auth/session-store';
import type { Viewer } from '../auth/viewer';
import { queryTooComplex } from '../schema/errors';
import { clientAddress } from './client-address';
import type { CostBudget } from './limits/rate-budget';
import type { ServerSettings } from './server-settings';
import { sessionSecretOf } from './session-cookie';

/** Finds who sent a request. */
export type RequestViewer = (req: IncomingMessage) => Promise<Viewer>;

/**
 * Runs a look-up of a token or session sent from `address` against the address's allowance of bad
 * ones per window (`badTokens`): the look-up takes one point and keeps it only when what it found is
 * bad (it failed as UNAUTHENTICATED, or `isBad` says so of its answer). Once the allowance is spent,
 * the look-up is refused as a spent rate budget is (HTTP 429 with Retry-After, QUERY_TOO_COMPLEX)
 * before it runs.
 */
export type BadLookUpAllowance = <T>(
  address: string,
  lookUp: () => Promise<T>,
  isBad?: (found: T) => boolean,
) => Promise<T>;

/** The allowance of bad tokens and sessions each address has (`RATE_LIMIT_BAD_TOKENS` a window). */
export function badLookUpAllowance(settings: ServerSettings, badTokens: CostBudget): BadLookUpAllowance {
  const { rateLimitBadTokens, rateLimitWindowSeconds } = settings.limits;
  return async (address, lookUp, isBad = () => false) => {
    const spending = await badTokens.spend(address, 1);
    if (!spending.allowed) {
      const { retryAfterSeconds } = spending;
      throw queryTooComplex(
        `This address sent more than ${rateLimitBadTokens} unknown, revoked, expired or malformed tokens or sessions in ${rateLimitWindowSeconds} s; retry in ${retryAfterSeconds} s.`,
        {
          cost: { requested: 1, remaining: 0, retryAfterSeconds },
          http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
        },
      );
    }
    let bad = false;
    try {
      const found = await lookUp();
      bad = isBad(found);
      return found;
    } catch (error) {
      bad = error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED';
      throw error;
    } finally {
      // Only a bad one keeps its point: a live one, or a look-up the database could not answer, gives it back.
      if (!bad) await badTokens.refund(address, 1);
    }
  };
}

/**
 * Who sent a request, known by its client address (`client-address.ts`): the holder of its bearer
 * token (`authenticate`), else the account of its session cookie (`authenticateSession`; the HTTP
 * front refused a cross-site one before, see `session-cookie.ts`), else anonymous. Tokens and
 * sessions cost a look-up, so each goes through the address's allowance of bad ones.
 */
export function requestViewer(
  orm: MikroORM,
  settings: ServerSettings,
  allowance: BadLookUpAllowance,
  sessions: SessionStore,
): RequestViewer {
  return async (req) => {
    const address = clientAddress(req, settings.trustedProxies);
    const { authorization } = req.headers;
    const session = authorization ? undefined : sessionSecretOf(req);
    if (!authorization && !session) return authenticate(orm.em.fork(), authorization, address);
    return allowance(address, () =>
      session
        ? authenticateSession(orm.em.fork(), sessions, session)
        : authenticate(orm.em.fork(), authorization, address),
    );
  };
}
