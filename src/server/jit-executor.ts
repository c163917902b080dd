import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  astFromValue,
  execute,
  getVariableValues,
  GraphQLError,
  isAbstractType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromASTUntyped,
  type GraphQLInputType,
  isObjectType,
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ExecutionResult,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { TYPE_NAME } from '../schema/node.interface';
import { fragmentsByName } from './document-fragments';

/** Marks an operation too large to compile (see below): it runs on graphql-js. */
const TOO_LARGE = Symbol('too large to compile');

/** An operation compiled, the errors compiling it gave, or that it is too large to compile. */
type Compiled = CompiledQuery | ExecutionResult | typeof TOO_LARGE;

/**
 * The largest operation graphql-jit compiles, in selections once its fragments are expanded (a
 * fragment spread as often as it is spread). graphql-jit writes code for every selection of the
 * expansion, whatever the data reaches, at about 35 µs and 1 KB kept per selection: a query of 829
 * characters whose fragments fan out to 17 000 selections took 600 ms to compile and kept 17 MB,
 * where graphql-js ran it in 25 ms. Larger operations run on graphql-js. The largest operation of
 * the web app and of docs/queries has 125 selections; at 500 a new document costs at most about
 * 18 ms to compile, so a client sending new documents gets little more work out of the hub than
 * graphql-js would give it.
 */
export const MAX_COMPILED_SELECTIONS = 500;

/**
 * How many compiled operations are kept, the least recently run dropped first: with the bound
 * above, at most about 0.5 MB each, whatever Apollo's document store (which keeps documents by
 * their own size, not by their compiled code's) holds.
 */
const MAX_COMPILED_OPERATIONS = 100;

/**
 * Compiled operations by their node in the document Apollo parsed (Apollo keeps parsed documents,
 * so a known text comes back as the same node), least recently run first.
 */
const compiledOperations = new Map<OperationDefinitionNode, Compiled>();

/** The operation compiled, compiling it (or finding it too large) the first time it is run. */
function compiled(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Compiled {
  let entry = compiledOperations.get(operation);
  if (entry) compiledOperations.delete(operation);
  else
    entry = expandsPast(document, operation, MAX_COMPILED_SELECTIONS)
      ? TOO_LARGE
      : compileQuery(schema, document, operation.name?.value);
  compiledOperations.set(operation, entry);
  if (compiledOperations.size > MAX_COMPILED_OPERATIONS)
    compiledOperations.delete(compiledOperations.keys().next().value!);
  return entry;
}

/** Whether `operation` has more than `limit` selections with its fragments expanded; counts no further than that. */
export function expandsPast(document: DocumentNode, operation: OperationDefinitionNode, limit: number): boolean {
  const fragments = fragmentsByName(document);
  let count = 0;
  const visit = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((node) => {
      if (++count > limit) return true;
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value);
        return fragment ? visit(fragment.selectionSet) : false;
      }
      return node.selectionSet ? visit(node.selectionSet) : false;
    });
  return visit(operation.selectionSet);
}

/** `value` as a client sends it, with every input field it leaves out that has a default set to that default (as a client would write it). */
function withInputDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (isNonNullType(type)) return withInputDefaults(type.ofType, value);
  if (value === null || value === undefined) return value;
  if (isListType(type))
    return Array.isArray(value)
      ? value.map((item) => withInputDefaults(type.ofType, item))
      : withInputDefaults(type.ofType, value);
  if (!isInputObjectType(type) || typeof value !== 'object') return value;
  const filled: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(type.getFields())) {
    if (field.name in filled) filled[field.name] = withInputDefaults(field.type, filled[field.name]);
    else if (field.defaultValue !== undefined) {
      const literal = astFromValue(field.defaultValue, field.type);
      if (literal) filled[field.name] = valueFromASTUntyped(literal);
    }
  }
  return filled;
}

/**
 * graphql-jit's error as graphql-js makes it: graphql-jit's own error class leaves `extensions`
 * undefined when the resolver's error has none (a database's, say), where Apollo reads
 * `extensions.code` and, failing, answers a bare "Internal server error" without calling the
 * hub's `formatError` (no log line, no SERVICE_UNAVAILABLE).
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // graphql-jit has the locations, not the nodes graphql-js would compute them from.
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/**
 * The variables as graphql-jit is to read them: what the client sent, with every default written
 * in as the client would have sent it. graphql-jit 0.8.9 applies a variable's default only to a
 * nullable variable (a required one with a default that the client leaves out is refused as not
 * provided), and writes defaults in through JSON; and it refuses a required input field with a
 * default that a variable leaves out. Written in, each default is parsed as a sent value is, so
 * the resolvers see what graphql-js gives them.
 */
function variablesForJit(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const variables: Record<string, unknown> = { ...raw };
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    // graphql-js applies a default only to a variable left out; one given as undefined (only in
    // process: a JSON body has none) it takes for null.
    if (!(name in variables)) {
      if (definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
    } else if (variables[name] === undefined) variables[name] = null;
    if (name in variables) variables[name] = withInputDefaults(type, variables[name]);
  }
  return variables;
}

/**
 * Executes with graphql-jit: each document is compiled once into a function that runs the
 * schema's resolvers without graphql-js's per-field work (no resolve info built unless a resolver
 * reads it, no promise per object). Apollo still parses, validates and runs every plugin hook
 * around execution (cost, admission, logs, response cache), as for a gateway.
 */
function jitExecutor(schema: GraphQLSchema): GatewayExecutor {
  return async ({ document, operation, request, context }) => {
    // No operation resolved (an unknown operation name, several operations and no name):
    // graphql-js answers its own error without running anything, and Apollo refuses the request
    // with it (HTTP 400). graphql-jit would be asked with the name Apollo resolved, none, and run
    // the document's only operation.
    if (!operation)
      return execute({ schema, document, operationName: request.operationName, variableValues: request.variables });
    const entry = compiled(schema, document, operation);
    if (entry === TOO_LARGE)
      return execute({
        schema,
        document,
        operationName: operation.name?.value,
        variableValues: request.variables,
        contextValue: context,
      });
    if (!isCompiledQuery(entry)) return entry;
    // Variables are checked by graphql-js first, so a bad one is refused with graphql-js's error
    // (its message, and the node Apollo recognises as BAD_USER_INPUT) before anything runs.
    const definitions = operation.variableDefinitions ?? [];
    const raw = request.variables ?? {};
    const coerced = getVariableValues(schema, definitions, raw, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await entry.query(undefined, context, variablesForJit(schema, definitions, raw));
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/**
 * graphql-jit reads a field without a resolver as a plain value, never awaiting it; graphql-js
 * awaits whatever a field holds. Some of the hub's values hold promises in plain fields (a
 * connection's `totalCount` is a getter that counts only when asked), so under graphql-jit every
 * such field reads its property through a resolver, whose result graphql-jit awaits. And
 * graphql-jit takes a type resolver's answer as it is, unawaited (see below).
 */
function prepareForJit(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    // graphql-jit takes a type resolver's answer as it comes; type-graphql's are async. Every
    // abstract type of the hub (Node, ObservationScope) resolves by the value's TYPE_NAME.
    if (isAbstractType(type)) type.resolveType = (value: Record<string, unknown>) => value[TYPE_NAME] as string;
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) continue;
      const name = field.name;
      field.resolve = (source: Record<string, unknown>) => source[name];
    }
  }
}

/** The hub's own schema served through Apollo's gateway interface, executed by graphql-jit. */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  prepareForJit(schema);
  let loaded: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      loaded = callback;
      return () => {
        loaded = undefined;
      };
    },
    async load() {
      loaded?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { schema, executor: jitExecutor(schema) };
    },
    async stop() {},
  };
}
