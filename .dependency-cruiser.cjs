// dependency-cruiser: imports point one way, from the HTTP front (server/, the schema's composer)
// through resolvers/ to the layers below them (loaders, analytics, writes, import, auth, db, seed)
// and down to the entities; the GraphQL kit in schema/ is a leaf every layer may use.
// `npm run lint:deps` checks src/ and fails on any back-arrow.

/** The GraphQL kit: connections, ids, errors, scalars, validation. Everything in schema/ but the composer. */
const KIT = '^src/schema/(?!(build-schema|emit-schema\\.command)\\.ts$)';
/** The layers under the resolvers. */
const BELOW_RESOLVERS = '^src/(loaders|analytics|writes|import|auth|db)/';
/** The HTTP front and what composes the schema from the resolvers. */
const FRONT = ['^src/server/', '^src/main\\.ts$', '^src/schema/(build-schema|emit-schema\\.command)\\.ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle of imports has no bottom: under tsc and Node one of its modules is read before it is defined.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'entities-import-only-entities',
      severity: 'error',
      comment: 'The entities are the bottom layer: they import other entities and the GraphQL kit, nothing above.',
      from: { path: '^src/entities/' },
      to: { path: '^src/', pathNot: ['^src/entities/', KIT] },
    },
    {
      name: 'kit-is-a-leaf',
      severity: 'error',
      comment: 'The GraphQL kit (connections, ids, errors, scalars) serves every layer and imports none.',
      from: { path: KIT },
      to: { path: '^src/', pathNot: KIT },
    },
    {
      name: 'layers-below-resolvers-import-no-resolver',
      severity: 'error',
      comment:
        'Loaders, analytics, writes, the import, auth and db take plain types defined beside them, never resolver classes, inputs or enums.',
      from: { path: BELOW_RESOLVERS },
      to: { path: ['^src/resolvers/', ...FRONT] },
    },
    {
      name: 'resolvers-import-no-server',
      severity: 'error',
      comment: 'Resolvers answer fields; the HTTP front and the schema composer sit above them.',
      from: { path: '^src/resolvers/' },
      to: { path: FRONT },
    },
    {
      name: 'src-imports-no-test-or-bench',
      severity: 'error',
      comment: 'The product never reads its tests or the benchmark.',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a loader that names a resolver's input type depends on it all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
