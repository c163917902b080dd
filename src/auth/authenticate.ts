import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { viewerOfSecret } from './api-tokens';
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
