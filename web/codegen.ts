import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every operation under web/src against schema.graphql (graphql-codegen's client preset).
 * Each document is a string carrying the SHA-256 of its text, sent as an automatic persisted query.
 * `npm run codegen` writes web/src/graphql/; `npm run typecheck` fails when it is stale or when an
 * operation no longer fits the schema.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'web/src/**/*.graphql',
  generates: {
    'web/src/graphql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: 'sha256' },
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          CountryCode: 'string',
          LocalDate: 'string',
          DateTime: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
