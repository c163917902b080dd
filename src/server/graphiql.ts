import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the explorer's files are served from. */
export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

function packageFile(packageName: string, file: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), file);
}

/** GraphiQL and React, read from the installed packages so the explorer works offline. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

/**
 * The script that starts the explorer, a file of its own so the Content-Security-Policy allows no
 * inline script: it reads the endpoint from the page and sends Apollo's preflight header so CSRF
 * prevention lets it through.
 */
const STARTER = `const root = document.getElementById('graphiql');
const fetcher = GraphiQL.createFetcher({ url: root.dataset.endpoint, headers: { 'apollo-require-preflight': 'true' } });
const defaultQuery = '# The programmes the hub holds, with their budgets and funders.\\n{\\n  programmes(first: 10) {\\n    totalCount\\n    nodes { code nameEn budget { amount currency } funders { funder { nameEn } } }\\n  }\\n}\\n';
ReactDOM.createRoot(root).render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
`;

const loaded = new Map<string, Buffer>([['explorer.js', Buffer.from(STARTER, 'utf8')]]);

/** The bytes and content type of one explorer file, or null for a name that is not one. */
export function graphiqlAsset(name: string): { body: Buffer; type: string } | null {
  if (name === 'explorer.js') return { body: loaded.get(name)!, type: 'text/javascript' };
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return null;
  let body = loaded.get(name);
  if (!body) loaded.set(name, (body = readFileSync(asset.file)));
  return { body, type: asset.type };
}

/** Escapes `text` for an HTML attribute value in double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The explorer page: no inline script (see `STARTER`). */
export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Programme monitoring hub: GraphQL explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${GRAPHIQL_ASSET_PREFIX}graphiql.css">
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql" data-endpoint="${attribute(endpoint)}">Loading the explorer…</div>
<script src="${GRAPHIQL_ASSET_PREFIX}react.js"></script>
<script src="${GRAPHIQL_ASSET_PREFIX}react-dom.js"></script>
<script src="${GRAPHIQL_ASSET_PREFIX}graphiql.js"></script>
<script src="${GRAPHIQL_ASSET_PREFIX}explorer.js"></script>
</body>
</html>
`;
}
