import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { loadResolvers } from '../resolvers';

/**
 * Marks every plain field (one read straight off its object, with no middleware or roles and the
 * property's own name) as simple, so graphql-js reads it with its default resolver instead of a
 * type-graphql wrapper that allocates per field per object. Fields with a `@FieldResolver` are
 * not affected: type-graphql gives them their resolver whatever the flag says.
 */
function markPlainFieldsSimple(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple !== undefined || field.middlewares?.length || field.roles?.length) continue;
    if (field.name === field.schemaName) field.simple = true;
  }
}

/** The hub's GraphQL schema, built from the resolver classes and the types they use. */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  // After the resolver files are loaded: they bring the object types whose fields are marked.
  const resolvers = await loadResolvers();
  markPlainFieldsSimple();
  const schema = await buildSchema({
    resolvers: resolvers as NonEmptyArray<Function>,
    validate: false,
  });
  schema.getQueryType()!.description =
    'Everything the hub answers: programmes and their results, places, organisations and sources, each list a page at a time.';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description =
      "Everything the hub takes in: each write is checked against the caller's role and scope, and recorded in the audit trail.";
  return schema;
}
