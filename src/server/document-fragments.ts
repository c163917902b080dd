import { Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

/** The fragments a document defines, by name (the last of a name, as validation refuses two). */
export function fragmentsByName(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}
