import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { loadResolvers } from '../resolvers';

/** The hub's GraphQL schema, built from the resolver classes and the types they use. */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: (await loadResolvers()) as NonEmptyArray<Function>,
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
