import { ArgsType, Field, Int } from 'type-graphql';
import { badUserInput } from './errors';
import { MAX_INTEGER, wholeNumberOf } from './whole-number';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items from the start of the window (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item the page starts after.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many items from the end of the window (at most ${MAX_PAGE_SIZE}).`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item the page ends before.' })
  before?: string | null;
}

/** A value of a sort key as a keyset cursor carries it: a number, or text (a day is written YYYY-MM-DD). */
export type SortValue = string | number;

/**
 * A validated page request over a list, in positions: items `start` up to (not including)
 * `end`, `size` of them, taken from the end of that window when `fromEnd`. `afterKey` is what the
 * `after` cursor says of its item beside its position: the item's sort-key values, so a list that
 * issued it can start right after that item without counting the items before it.
 */
export interface PageRequest {
  start: number;
  end: number | null;
  size: number;
  fromEnd: boolean;
  afterKey?: readonly SortValue[] | null;
}

const CURSOR_PREFIX = 'position:';
const KEYSET_PREFIX = 'key:';
/** Longer than any cursor the API issues: a sort key holds at most a few short values. */
const MAX_CURSOR_LENGTH = 4_000;
const MAX_KEY_VALUES = 8;

/**
 * The opaque cursor of the item at `position` in a list; with `key` (the item's sort-key values)
 * also where the item stands in the list's order.
 */
export function cursorAt(position: number, key?: readonly SortValue[]): string {
  const text = key ? `${KEYSET_PREFIX}${position}:${JSON.stringify(key)}` : `${CURSOR_PREFIX}${position}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

function isSortValue(value: unknown): value is SortValue {
  // PostgreSQL text holds no NUL character, so no sort value has one.
  return (
    (typeof value === 'string' && value.length <= 1_000 && !value.includes('\u0000')) ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** The sort-key values of a keyset cursor's text (after its position), or null when they are not such values. */
function keyOf(text: string): SortValue[] | null {
  let key: unknown;
  try {
    key = JSON.parse(text);
  } catch {
    return null;
  }
  return Array.isArray(key) && key.length >= 1 && key.length <= MAX_KEY_VALUES && key.every(isSortValue) ? key : null;
}

function cursorOf(cursor: string, argument: string): { position: number; key: SortValue[] | null } {
  const decoded = cursor.length <= MAX_CURSOR_LENGTH ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  let found: { position: number | null; key: SortValue[] | null } = { position: null, key: null };
  if (decoded.startsWith(CURSOR_PREFIX)) {
    found = { position: wholeNumberOf(decoded.slice(CURSOR_PREFIX.length), 0, MAX_INTEGER), key: null };
  } else if (decoded.startsWith(KEYSET_PREFIX)) {
    const colon = decoded.indexOf(':', KEYSET_PREFIX.length);
    if (colon > 0)
      found = {
        position: wholeNumberOf(decoded.slice(KEYSET_PREFIX.length, colon), 0, MAX_INTEGER),
        key: keyOf(decoded.slice(colon + 1)),
      };
  }
  // Positions are PostgreSQL integers (some queries cast them); no list is longer.
  const { position, key } = found;
  const issued = position !== null && (decoded.startsWith(CURSOR_PREFIX) || key !== null);
  if (!issued || cursorAt(position, key ?? undefined) !== cursor) {
    throw badUserInput(argument, `${JSON.stringify(cursor.slice(0, 100))} is not a cursor this API issued.`);
  }
  return { position, key };
}

function checkSize(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(argument, `must be between 0 and ${MAX_PAGE_SIZE}; got ${value}.`);
  }
  return value;
}

/** Checks `first`/`after`/`last`/`before` and turns them into positions. */
export function toPageRequest(args: PageArgs): PageRequest {
  if (args.first != null && args.last != null) {
    throw badUserInput('last', 'cannot be combined with "first"; ask for one page from one end.');
  }
  const after = args.after != null ? cursorOf(args.after, 'after') : null;
  const start = after ? after.position + 1 : 0;
  const end = args.before != null ? cursorOf(args.before, 'before').position : null;
  const afterKey = after?.key ?? null;
  if (args.last != null) return { start, end, size: checkSize(args.last, 'last'), fromEnd: true, afterKey };
  return { start, end, size: checkSize(args.first ?? DEFAULT_PAGE_SIZE, 'first'), fromEnd: false, afterKey };
}

/** A stable string for a page request, to key loaders that serve one request shape. */
export function pageRequestKey(request: PageRequest): string {
  const key = request.afterKey ? JSON.stringify(request.afterKey) : '';
  return `${request.start}:${request.end ?? ''}:${request.size}:${request.fromEnd ? 'end' : 'start'}:${key}`;
}
