import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_APP_DIRECTORY } from '../../../src/server/web-app';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(WEB_APP_DIRECTORY, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

const isPage = (key: string) => key.includes('/pages/');

/** The chunk and every script it imports, at once or later, leaving out other pages and the query texts (loaded only on a miss). */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (
    seen.has(key) ||
    (!key.endsWith('.js') && !key.endsWith('.tsx') && !key.endsWith('.ts') && !key.endsWith('.html'))
  )
    return seen;
  seen.add(key);
  for (const imported of [...(manifest[key]?.imports ?? []), ...(manifest[key]?.dynamicImports ?? [])])
    if (!isPage(imported)) closure(manifest, imported, seen);
  return seen;
}

/**
 * For each page module (a chunk the entry imports dynamically under `pages/`), the gzipped bytes of
 * the JavaScript a first visit to it loads: the entry, the page, and what they import, charts
 * (Observable Plot, loaded when the first chart is drawn) included.
 */
export function initialScriptBytesByPage(): Map<string, number> {
  const manifest = readManifest();
  const [entryKey, entry] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)!;
  const sizes = new Map<string, number>();
  for (const page of (entry.dynamicImports ?? []).filter(isPage)) {
    const chunks = new Set([...closure(manifest, entryKey), ...closure(manifest, page)]);
    const bytes = [...chunks].reduce(
      (sum, key) => sum + gzipSync(readFileSync(join(WEB_APP_DIRECTORY, manifest[key].file))).length,
      0,
    );
    sizes.set(page, bytes);
  }
  return sizes;
}
