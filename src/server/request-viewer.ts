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
 * Who sent a request, known by its client address (`client-address.ts`): the holder of its bearer
 * token (`authenticate`), else the account of its session cookie (`authenticateSession`; the HTTP front
 * refused a cross-site one before, see `session-cookie.ts`), else anonymous. Tokens and sessions cost a look-up, so each address has an allowance
 * of bad ones per window (`badTokens`): a request with a token or a session takes one from it and
 * keeps it only when that is bad (UNAUTHENTICATED). Once it is spent, such a request is refused as
 * a spent rate budget is (HTTP 429 with Retry-After, QUERY_TOO_COMPLEX) before it is looked up.
 */
export function requestViewer(
  orm: MikroORM,
  settings: ServerSettings,
  badTokens: CostBudget,
  sessions: SessionStore,
): RequestViewer {
  const { rateLimitBadTokens, rateLimitWindowSeconds } = settings.limits;
  return async (req) => {
    const address = clientAddress(req, settings.trustedProxies);
    const { authorization } = req.headers;
    const session = authorization ? undefined : sessionSecretOf(req);
    if (!authorization && !session) return authenticate(orm.em.fork(), authorization, address);
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
    let badToken = false;
    try {
      return session
        ? await authenticateSession(orm.em.fork(), sessions, session)
        : await authenticate(orm.em.fork(), authorization, address);
    } catch (error) {
      badToken = error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED';
      throw error;
    } finally {
      // Only a bad token keeps its point: a live one, or a look-up the database could not answer, gives it back.
      if (!badToken) await badTokens.refund(address, 1);
    }
  };
}
