import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { cursorAt, MAX_PAGE_SIZE, type SortValue } from './page-args';

/**
 * What `totalCount` costs, once a connection however many items it asks for: a count reads every
 * row of the list, never fewer than the largest page holds.
 */
export const COUNT_COST = MAX_PAGE_SIZE;

@ObjectType({ description: 'Where a page stands in its list.' })
export class PageInfo {
  @Field({ description: 'Whether items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

/** One item of a page with its cursor. */
export interface Edge<T> {
  node: T;
  cursor: string;
}

/**
 * The value a connection field resolves to. `totalCount` is a getter, so its SQL runs only when
 * a client asks for it.
 */
export class Page<T> {
  readonly edges: Edge<T>[];
  readonly nodes: T[];
  readonly pageInfo: PageInfo;

  constructor(
    rows: T[],
    firstPosition: number,
    more: { hasNextPage: boolean; hasPreviousPage: boolean },
    private readonly countTotal: () => Promise<number> | number,
    /** An item's sort-key values, for lists that can start a page right after an item (keyset cursors). */
    keyOf?: (row: T) => readonly SortValue[],
  ) {
    this.nodes = rows;
    this.edges = rows.map((node, index) => ({ node, cursor: cursorAt(firstPosition + index, keyOf?.(node)) }));
    this.pageInfo = {
      ...more,
      startCursor: this.edges[0]?.cursor ?? null,
      endCursor: this.edges[this.edges.length - 1]?.cursor ?? null,
    };
  }

  get totalCount(): Promise<number> | number {
    return this.countTotal();
  }
}

/** Builds the `XEdge` object type and the fields of `XConnection` (a subclass names it), the Relay way. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, typeName: string) {
  @ObjectType(`${typeName}Edge`, { description: `A ${typeName} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => nodeType, { description: `The ${typeName}.` })
    node!: T;

    @Field({ description: 'Opaque cursor for `after` and `before`.' })
    cursor!: string;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of the page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of the page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where the page stands in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}
