import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from '../loaders/request-context';

function badUserInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } } });
}

/** The path of the first string holding a NUL character inside a variable value, if any. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = nulPath(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulPath(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** The name of the first argument whose literal string holds a NUL character, if any. */
function literalWithNul(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      if (found) return false;
      let hasNul = false;
      visit(node.value, { [Kind.STRING]: (value) => void (hasNul ||= value.value.includes('\u0000')) });
      if (hasNul) found = node.name.value;
      return undefined;
    },
  });
  return found;
}

/**
 * Refuses, before any resolver runs, what the database or the schema cannot take: a NUL
 * character in any string (PostgreSQL text cannot hold one), and an operation type the schema
 * does not have (graphql-js leaves that to execution, where it would surface as an internal error).
 */
export function operationChecksPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (operation && !schema.getRootType(operation.operation)) {
            throw badUserInput(`This API has no ${operation.operation} operations.`, 'query');
          }
          const variable = nulPath(request.variables ?? {}, '$');
          if (variable)
            throw badUserInput(
              `Variable ${variable.replace(/^\$\./, '$')} contains a NUL character, which no text field can hold.`,
              variable,
            );
          const argument = literalWithNul(document);
          if (argument)
            throw badUserInput(
              `Argument "${argument}" contains a NUL character, which no text field can hold.`,
              argument,
            );
        },
      };
    },
  };
}
