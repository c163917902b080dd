import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';

/** Asserts exactly one error with `code` whose message names `argument`. */
export function expectOneError(
  errors: readonly GraphQLFormattedError[] | undefined,
  code: string,
  argument: string,
): void {
  expect(errors, 'expected an error').toBeDefined();
  expect(errors).toHaveLength(1);
  expect(errors![0].extensions?.code).toBe(code);
  expect(errors![0].message).toContain(argument);
}

/** The JSON body of a GraphQL HTTP response. */
export interface GraphQLResponseBody {
  data?: Record<string, any> | null;
  errors?: GraphQLFormattedError[];
}

/** Reads a response's body as a GraphQL response. */
export async function bodyOf(response: Response): Promise<GraphQLResponseBody> {
  return (await response.json()) as GraphQLResponseBody;
}
