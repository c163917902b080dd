import { DriverException } from '@mikro-orm/core';
import { DatabaseError } from 'pg';

/**
 * Fields of PostgreSQL's errors that quote the data: `detail` (`Key (secret_hash)=(…) already
 * exists`, `Failing row contains (…)`), `where` (a COPY's line and value) and `internalQuery`.
 */
const DATA_FIELDS = ['detail', 'where', 'internalQuery'] as const;

/** Fields naming the database objects an error is about: their names may stay in its message. */
const OBJECT_FIELDS = ['schema', 'table', 'column', 'constraint', 'dataType'] as const;

/** Longest message of a database error kept in the log; a 10 000-row insert's statement runs to megabytes. */
const MAX_MESSAGE_CHARACTERS = 2_000;

/** Most errors followed through `cause`, `originalError` and `errors`. */
const MAX_CHAINED_ERRORS = 20;

/**
 * One token of SQL as MikroORM and knex write it into an error: a string literal (`'…'`, quotes
 * doubled inside, `E'…'` with backslashes doubled; one cut off at the end runs to it), a quoted
 * identifier, or a number that is not part of a name. Each alternative consumes a quote only in
 * one way, so matching is linear.
 */
const SQL_TOKEN = /'(?:[^']|'')*(?:'|$)|("(?:[^"]|"")*")|(?<![\w$])\d+(?:\.\d+)?(?:e[+-]?\d+)?(?!\w)/gi;

/** A double-quoted word in PostgreSQL's own message: an object's name, or a value it quotes. */
const QUOTED = /"((?:[^"]|"")*)"/g;

/** A name in a statement's shape, quoted or bare; the shape holds no values any more. */
const NAME = /"((?:[^"]|"")*)"|([a-z_][\w$]*)/gi;

/** Whether `error` comes from PostgreSQL, through MikroORM or straight from `pg`. */
function isDatabaseError(error: unknown): error is Error & Record<string, unknown> {
  return error instanceof DriverException || error instanceof DatabaseError;
}

/** The statement with every literal and number replaced by `?`, its identifiers kept. */
function statementShape(sql: string): string {
  return sql.replace(SQL_TOKEN, (token, identifier: string | undefined) => identifier ?? '?');
}

/** The names a statement's shape uses. */
function namesIn(shape: string): Set<string> {
  return new Set(Array.from(shape.matchAll(NAME), ([, quoted, bare]) => quoted?.replaceAll('""', '"') ?? bare));
}

/** PostgreSQL's message with every quoted word replaced by `"?"` except the names in `known`. */
function reasonWithoutValues(reason: string, known: Set<string>): string {
  return reason.replace(QUOTED, (quoted, name: string) => (known.has(name.replaceAll('""', '"')) ? quoted : '"?"'));
}

/** `redact` of `text` cut to MAX_MESSAGE_CHARACTERS, saying how long it was. */
function redactBounded(text: string, redact: (part: string) => string): string {
  return text.length > MAX_MESSAGE_CHARACTERS
    ? `${redact(text.slice(0, MAX_MESSAGE_CHARACTERS))}… (${text.length} characters)`
    : redact(text);
}

/**
 * What MikroORM appends to PostgreSQL's message, the detail (which quotes the data) and the hint,
 * as the error's fields say; the fields stay for the log to show, the detail without its data.
 */
function appendedByMikroOrm(error: Error & Record<string, unknown>): string {
  const appended = (label: string, value: unknown) =>
    typeof value === 'string' && value.trim() ? `\n - ${label}: ${value}` : '';
  const tail = appended('detail', error.detail) + appended('hint', error.hint);
  return error instanceof DriverException && error.message.endsWith(tail) ? tail : '';
}

/**
 * The message of a database error without the data it carries. knex writes the statement, with
 * the values MikroORM inlined, before PostgreSQL's own message (`select … where "secret_hash" =
 * '…' - column "secret_hash" does not exist`): the statement keeps its shape, and PostgreSQL's
 * message the quoted words that name something in the statement or in the error's fields (table,
 * column, constraint). Each part is cut to a bound first.
 */
function redactedMessage(error: Error & Record<string, unknown>): string {
  const message = error.message.slice(0, error.message.length - appendedByMikroOrm(error).length);
  const split = message.lastIndexOf(' - ');
  const statement = split < 0 ? '' : redactBounded(message.slice(0, split), statementShape);
  const known = namesIn(statement);
  for (const field of OBJECT_FIELDS) if (typeof error[field] === 'string') known.add(error[field]);
  const reason = redactBounded(split < 0 ? message : message.slice(split + ' - '.length), (part) =>
    reasonWithoutValues(part, known),
  );
  return split < 0 ? reason : `${statement} - ${reason}`;
}

/** The errors `error` holds, itself first: its `cause`, GraphQL's `originalError`, an AggregateError's `errors`. */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  const pending = [error];
  while (pending.length > 0 && chain.length < MAX_CHAINED_ERRORS) {
    const current = pending.shift();
    if (!(current instanceof Error) || chain.includes(current)) continue;
    chain.push(current);
    const { cause, originalError, errors } = current as { cause?: unknown; originalError?: unknown; errors?: unknown };
    pending.push(cause, originalError, ...(Array.isArray(errors) ? (errors as unknown[]) : []));
  }
  return chain;
}

/**
 * `error` as the log may show it: when it is or holds a database error, a copy of each error in
 * its chain in which the database errors' messages lose their values (also where another error
 * repeats them, as Apollo's "Context creation failed: …" does, and in the stacks) and the fields
 * quoting data are gone; otherwise `error` itself. Nothing of the original changes.
 */
export function withoutDatabaseValues(error: unknown): unknown {
  const chain = chainOf(error);
  const database = chain.filter(isDatabaseError);
  if (database.length === 0) return error;
  const replacements = database.map((found) => [found.message, redactedMessage(found)] as const);
  const redact = (text: string) =>
    replacements.reduce((result, [raw, redacted]) => result.split(raw).join(redacted), text);
  const copies = new Map<unknown, Error>();
  const copy = (original: unknown): unknown => {
    if (!(original instanceof Error) || !chain.includes(original)) return original;
    const existing = copies.get(original);
    if (existing) return existing;
    const copied = Object.create(Object.getPrototypeOf(original) as object) as Error & Record<string, unknown>;
    copies.set(original, copied);
    for (const key of Object.getOwnPropertyNames(original)) {
      const descriptor = Object.getOwnPropertyDescriptor(original, key)!;
      if ('value' in descriptor)
        descriptor.value = typeof descriptor.value === 'string' ? redact(descriptor.value) : copy(descriptor.value);
      Object.defineProperty(copied, key, descriptor);
    }
    if (Array.isArray(copied.errors)) copied.errors = copied.errors.map(copy);
    if (isDatabaseError(original)) for (const field of DATA_FIELDS) delete copied[field];
    return copied;
  };
  return copy(error);
}
