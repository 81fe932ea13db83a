import type { Root, RootContent } from 'mdast';

/** The ids a body names in <AlsoRead>, in the order it names them. */
export function alsoReadTargets(tree: Root): string[] {
  const found: string[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'AlsoRead') {
        for (const attribute of node.attributes) if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') found.push(attribute.value);
      }
      if ('children' in node) walk(node.children);
    }
  };
  walk(tree.children);
  return found;
}
