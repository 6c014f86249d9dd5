/**
 * Normalises every text of an MDX body to NFC when it is compiled, as the content loader does for
 * front matter: "ệ" typed as e + combining marks then matches the glossary, search and fonts.
 */
interface Node {
  value?: unknown;
  children?: Node[];
  attributes?: { value?: unknown }[];
}

function normalise(node: Node) {
  if (typeof node.value === 'string') node.value = node.value.normalize('NFC');
  for (const attribute of node.attributes ?? []) {
    if (typeof attribute.value === 'string') attribute.value = attribute.value.normalize('NFC');
  }
  node.children?.forEach(normalise);
}

export default function remarkNfc() {
  return (tree: Node) => normalise(tree);
}
