import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { viewerOfAccount } from './accounts';
import { viewerOfSecret } from './api-tokens';
import type { SessionStore } from './session-store';
import { anonymousViewer, type Viewer } from './viewer';

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Who sends a request: anonymous without an `Authorization` header, the token's holder with a
 * live `Bearer` token, and UNAUTHENTICATED (HTTP 401) for anything else, so a mistyped or revoked
 * token is never silently treated as anonymous.
 */
export async function authenticate(
  em: EntityManager,
  authorization: string | undefined,
  address: string,
): Promise<Viewer> {
  if (authorization === undefined || authorization === '') return anonymousViewer(address);
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  const viewer = await viewerOfSecret(em, match[1]);
  if (!viewer) throw unauthenticated('The token is unknown, revoked or expired.');
  return viewer;
}

/**
 * The account signed in with the session `secret`: UNAUTHENTICATED (HTTP 401) when the session is
 * unknown, signed out, idle too long, past its maximum age, or its account is disabled, so a browser
 * whose session ended learns it instead of reading as anonymous.
 */
export async function authenticateSession(em: EntityManager, sessions: SessionStore, secret: string): Promise<Viewer> {
  const session = await sessions.use(secret);
  const viewer = session === null ? null : await viewerOfAccount(em, session.accountId, session.createdAt);
  if (!viewer) throw unauthenticated('The session has ended (signed out, expired or disabled); sign in again.');
  return viewer;
}
