import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/**
 * CORS for browser apps served from `origins`: their requests get the Access-Control headers, and
 * preflight OPTIONS requests are answered here (204). The returned function says whether it
 * answered the request. Bearer tokens, not cookies, carry identity, so no credentials are allowed.
 */
export function corsHandler(origins: string[]): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const middleware = cors({
    origin: origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
  return (req, res) =>
    new Promise((resolve, reject) => {
      res.once('finish', () => resolve(true));
      middleware(req, res, (error?: Error) => (error ? reject(error) : resolve(false)));
    });
}
