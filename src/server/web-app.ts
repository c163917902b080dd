import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { sendJson } from './http-json';
import { PROJECT_ROOT } from './project-root';

/** The app's pages: each is answered by its `index.html`, so a link to any of them can be reloaded. */
const APP_ROUTES = [
  /^\/$/,
  /^\/programmes\/[^/]+$/,
  /^\/municipalities\/[^/]+\/[^/]+$/,
  /^\/benchmark$/,
  /^\/series$/,
  /^\/charter$/,
  /^\/report$/,
  /^\/review$/,
  /^\/admin$/,
  /^\/sign-in$/,
  /^\/accept-invitation$/,
  /^\/reset-password$/,
];

/** Where Vite writes the hashed files; their names change with their content, so they are kept for good. */
const ASSET_PREFIX = '/assets/';
const ASSET_NAME = /^[\w.-]+$/;

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** A page is `index.html`, asked again each time so a new build is seen at once. */
const PAGE_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' };

/** The built web app (`npm run build` writes it with Vite). */
export const WEB_APP_DIRECTORY = join(PROJECT_ROOT, 'dist', 'web');

async function sendFile(
  res: ServerResponse,
  file: string,
  headers: Record<string, string>,
  head: boolean,
  status = 200,
): Promise<boolean> {
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return false;
  }
  res.writeHead(status, { ...headers, 'content-length': String(body.length) });
  res.end(head ? undefined : body);
  return true;
}

/**
 * Serves the web app built in `directory`: its pages (the routes above) with `index.html`, never
 * cached, and its hashed files under `/assets/`, cached for good. Returns false for any other request.
 */
export async function serveWebApp(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  directory = WEB_APP_DIRECTORY,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const head = req.method === 'HEAD';
  if (pathname.startsWith(ASSET_PREFIX)) {
    const name = pathname.slice(ASSET_PREFIX.length);
    const type = CONTENT_TYPES[extname(name)];
    const immutable = { 'content-type': type ?? '', 'cache-control': 'public, max-age=31536000, immutable' };
    if (!type || !ASSET_NAME.test(name) || !(await sendFile(res, join(directory, 'assets', name), immutable, head))) {
      sendJson(res, 404, { error: `No such file: ${pathname}.` });
    }
    return true;
  }
  if (!APP_ROUTES.some((route) => route.test(pathname))) return false;
  if (!(await sendFile(res, join(directory, 'index.html'), PAGE_HEADERS, head))) {
    sendJson(res, 404, { error: 'The web app is not built: run `npm run build`. The API is at /graphql.' });
  }
  return true;
}

/**
 * A path that names nothing, asked for by a browser (a GET or HEAD accepting HTML): answered 404 with
 * the app, whose router shows its not-found page in the reader's language. Returns false for any other
 * request, and when the app is not built, so API clients keep their JSON answer.
 */
export async function serveWebAppNotFound(
  req: IncomingMessage,
  res: ServerResponse,
  directory = WEB_APP_DIRECTORY,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!(req.headers.accept ?? '').includes('text/html')) return false;
  return sendFile(res, join(directory, 'index.html'), PAGE_HEADERS, req.method === 'HEAD', 404);
}
