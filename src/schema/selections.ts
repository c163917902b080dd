import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** The fragments of an operation's document, by name. */
export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/**
 * The sum of `value` over the fields named `name` that `selectionSet` selects, through fragments,
 * and below other fields too when `deep`. Each fragment is reckoned once, however often it is
 * spread, so a document of nested spreads costs time linear in its size.
 */
export function sumOverFields(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  fragments: Fragments,
  value: (field: FieldNode) => number,
  deep = false,
): number {
  const perFragment = new Map<string, number>();
  const walk = (selections: SelectionSetNode | undefined): number =>
    (selections?.selections ?? []).reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD)
        return sum + (selection.name.value === name ? value(selection) : deep ? walk(selection.selectionSet) : 0);
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + walk(selection.selectionSet);
      const fragment = selection.name.value;
      if (!perFragment.has(fragment)) {
        perFragment.set(fragment, 0);
        perFragment.set(fragment, walk(fragments.get(fragment)?.selectionSet));
      }
      return sum + perFragment.get(fragment)!;
    }, 0);
  return walk(selectionSet);
}

/** How many times `selectionSet` selects the field `name` (aliases each once), through fragments, and below other fields when `deep`. */
export function countFields(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  fragments: Fragments,
  deep = false,
): number {
  return sumOverFields(selectionSet, name, fragments, () => 1, deep);
}
