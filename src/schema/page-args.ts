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

/**
 * A validated page request over a list, in positions: items `start` up to (not including)
 * `end`, `size` of them, taken from the end of that window when `fromEnd`.
 */
export interface PageRequest {
  start: number;
  end: number | null;
  size: number;
  fromEnd: boolean;
}

const CURSOR_PREFIX = 'position:';

/** The opaque cursor of the item at `position` in a list. */
export function cursorAt(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`, 'utf8').toString('base64url');
}

function positionOf(cursor: string, argument: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  // Positions are PostgreSQL integers (some queries cast them); no list is longer.
  const position = decoded.startsWith(CURSOR_PREFIX)
    ? wholeNumberOf(decoded.slice(CURSOR_PREFIX.length), 0, MAX_INTEGER)
    : null;
  if (position === null || cursorAt(position) !== cursor) {
    throw badUserInput(argument, `${JSON.stringify(cursor.slice(0, 100))} is not a cursor this API issued.`);
  }
  return position;
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
  const start = args.after != null ? positionOf(args.after, 'after') + 1 : 0;
  const end = args.before != null ? positionOf(args.before, 'before') : null;
  if (args.last != null) return { start, end, size: checkSize(args.last, 'last'), fromEnd: true };
  return { start, end, size: checkSize(args.first ?? DEFAULT_PAGE_SIZE, 'first'), fromEnd: false };
}

/** A stable string for a page request, to key loaders that serve one request shape. */
export function pageRequestKey(request: PageRequest): string {
  return `${request.start}:${request.end ?? ''}:${request.size}:${request.fromEnd ? 'end' : 'start'}`;
}
