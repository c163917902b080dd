import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { resolvers } from '../resolvers';

/** The hub's GraphQL schema, built from the resolver classes and the types they use. */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    validate: false,
  });
}
