import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { PROJECT_ROOT } from './project-root';

/** The web app's operations by hash, as graphql-codegen writes them (`"sha256:<hex>": query`). */
const WEB_APP_OPERATIONS_FILE = join(PROJECT_ROOT, 'web', 'src', 'graphql', 'persisted-documents.json');

/** Apollo asks the persisted-query cache for `apq:<hex>`. */
const APQ_KEY = /^apq:([0-9a-f]{64})$/;

function readWebAppOperations(): Map<string, string> {
  const byHash = JSON.parse(readFileSync(WEB_APP_OPERATIONS_FILE, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(byHash).map(([hash, query]) => [hash.replace(/^sha256:/, ''), query]));
}

/**
 * The persisted-query cache with the web app's own operations registered from the start, so a page's
 * first GET by hash is answered at once (no PERSISTED_QUERY_NOT_FOUND round trip, whatever was
 * evicted or expired). They are parsed, validated and costed like any other operation.
 */
export function withWebAppOperations(cache: KeyValueCache<string>): KeyValueCache<string> {
  const operations = readWebAppOperations();
  return {
    get: async (key: string) => operations.get(APQ_KEY.exec(key)?.[1] ?? '') ?? cache.get(key),
    set: (key: string, value: string, options?: KeyValueCacheSetOptions) => cache.set(key, value, options),
    delete: (key: string) => cache.delete(key),
  };
}
