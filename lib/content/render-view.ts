// Turns a view tree from the background into DOM: known tags and attributes only, text always
// as text nodes, links only to https and opened in a new tab. A few lines instead of a UI
// framework in every page.
import type { ViewNode } from '../model/view';

const TAGS = new Set(['div', 'section', 'p', 'h4', 'h5', 'ul', 'ol', 'li', 'a', 'span', 'strong', 'em', 'bdi', 'details', 'summary', 'button', 'input', 'label']);
const ATTRS = /^(?:class|role|title|href|value|type|name|min|max|inputmode|dir|lang|hidden|(?:aria|data)-[a-z-]+)$/;

export function renderView(node: ViewNode, doc: Document = document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const [tag, attrs, ...children] = node;
  if (!TAGS.has(tag)) return doc.createTextNode('');
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (!ATTRS.test(name)) continue;
    if (name === 'href') {
      if (!/^https:\/\//i.test(value)) continue;
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    el.setAttribute(name, value);
  }
  for (const child of children) el.append(renderView(child, doc));
  return el;
}
