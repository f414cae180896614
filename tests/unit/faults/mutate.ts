// Mutations of a real page's DOM, the way a redesign, an A/B test, a half-loaded page or a
// hostile listing changes it: nodes deleted or unwrapped, attributes shuffled and renamed,
// junk and huge strings injected, embedded state (JSON and script literals) garbled.
import { ALL_JUNK, FIELD_JUNK, URL_JUNK, hugeStrings } from './hostile';
import type { Rng } from './rng';

type Mutation = (root: Element, rng: Rng) => string | null;

const elementsIn = (root: Element): Element[] => [root, ...root.querySelectorAll('*')];
/** Half the time only elements a parser is likely to read (hooks, links, headings), so a
 *  large job page is not mostly mutated where nobody looks. */
const HOOKS = '[data-test], [data-qa], [data-cy], [data-gig-id], [href], [role], h1, h2, h3, h4, script';
let focus = false;
const innerElements = (root: Element): Element[] => {
  const hooks = focus ? [...root.querySelectorAll(HOOKS)] : [];
  return hooks.length ? hooks : [...root.querySelectorAll('*')];
};

function textNodesIn(root: Node, out: Text[] = []): Text[] {
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out.push(n as Text);
    else if (n.nodeType === 1) textNodesIn(n, out);
  }
  return out;
}

const withAttributes = (root: Element) => [root, ...innerElements(root)].filter((el) => el.attributes.length > 0);
const junk = (rng: Rng) => (rng.chance(0.03) ? rng.pick(hugeStrings()) : rng.pick(ALL_JUNK));
const isScript = (el: Element) => el.localName === 'script';

const MUTATIONS: Record<string, Mutation> = {
  'delete-node': (root, rng) => {
    const els = innerElements(root);
    if (!els.length) return null;
    const el = rng.pick(els);
    el.remove();
    return `deleted <${el.localName}>`;
  },
  'unwrap-node': (root, rng) => {
    const els = innerElements(root);
    if (!els.length) return null;
    const el = rng.pick(els);
    if (!el.parentNode) return null;
    el.replaceWith(...el.childNodes);
    return `unwrapped <${el.localName}>`;
  },
  'retag-node': (root, rng) => {
    const els = innerElements(root).filter((el) => !isScript(el));
    if (!els.length) return null;
    const el = rng.pick(els);
    const next = el.ownerDocument.createElement(rng.pick(['div', 'span', 'a', 'p', 'h3', 'section', 'button', 'li']));
    for (const attr of [...el.attributes]) next.setAttribute(attr.name, attr.value);
    next.append(...el.childNodes);
    el.replaceWith(next);
    return `retagged <${el.localName}> as <${next.localName}>`;
  },
  'duplicate-node': (root, rng) => {
    const els = innerElements(root);
    if (!els.length) return null;
    const el = rng.pick(els);
    el.after(el.cloneNode(true));
    return `duplicated <${el.localName}>`;
  },
  'shuffle-children': (root, rng) => {
    const parents = elementsIn(root).filter((el) => el.children.length > 1);
    if (!parents.length) return null;
    const parent = rng.pick(parents);
    const kids = [...parent.children];
    for (let i = kids.length - 1; i > 0; i--) parent.append(kids.splice(rng.int(i + 1), 1)[0]!);
    parent.append(...kids);
    return `shuffled children of <${parent.localName}>`;
  },
  'swap-attributes': (root, rng) => {
    const els = withAttributes(root);
    if (els.length < 2) return null;
    const [a, b] = [rng.pick(els), rng.pick(els)];
    const aAttrs = [...a.attributes].map((x) => [x.name, x.value] as const);
    const bAttrs = [...b.attributes].map((x) => [x.name, x.value] as const);
    for (const [name] of aAttrs) a.removeAttribute(name);
    for (const [name] of bAttrs) b.removeAttribute(name);
    for (const [name, value] of bAttrs) a.setAttribute(name, value);
    for (const [name, value] of aAttrs) b.setAttribute(name, value);
    return `swapped attributes of <${a.localName}> and <${b.localName}>`;
  },
  'shuffle-attribute-values': (root, rng) => {
    const els = withAttributes(root);
    if (!els.length) return null;
    const el = rng.pick(els);
    const attrs = [...el.attributes].map((x) => [x.name, x.value] as const);
    const values = attrs.map(([, v]) => v).sort(() => rng.next() - 0.5);
    attrs.forEach(([name], i) => el.setAttribute(name, values[i]!));
    return `shuffled attribute values of <${el.localName}>`;
  },
  'rename-attribute': (root, rng) => {
    const els = withAttributes(root);
    if (!els.length) return null;
    const el = rng.pick(els);
    const attr = rng.pick([...el.attributes]);
    const name = rng.pick([`${attr.name}-x`, attr.name.replace(/^data-/, ''), 'data-test', 'data-qa', 'class', 'data-gig-id', 'title']);
    el.removeAttribute(attr.name);
    if (name) el.setAttribute(name, attr.value);
    return `renamed ${attr.name} to ${name}`;
  },
  'reword-attribute': (root, rng) => {
    const els = withAttributes(root);
    if (!els.length) return null;
    const el = rng.pick(els);
    const attr = rng.pick([...el.attributes]);
    const words = attr.value.split(/\s+/).filter(Boolean);
    const op = rng.int(3);
    if (op === 0) words.reverse();
    else if (op === 1) words.splice(rng.int(words.length + 1), 1);
    else words.splice(rng.int(words.length + 1), 0, rng.pick(['JobTile', 'UpLink', 'token', 'x', 'rating-score']));
    el.setAttribute(attr.name, words.join(' '));
    return `reworded ${attr.name}`;
  },
  'junk-attribute': (root, rng) => {
    const els = withAttributes(root);
    if (!els.length) return null;
    const el = rng.pick(els);
    const attr = rng.pick([...el.attributes]);
    const value = /href|src/.test(attr.name) && rng.chance(0.7) ? rng.pick(URL_JUNK) : junk(rng);
    el.setAttribute(attr.name, value);
    return `set ${attr.name} to ${JSON.stringify(value.slice(0, 40))}`;
  },
  'hostile-link': (root, rng) => {
    const links = elementsIn(root).filter((el) => el.hasAttribute('href'));
    if (!links.length) return null;
    const value = rng.pick(URL_JUNK);
    rng.pick(links).setAttribute('href', value);
    return `href ${JSON.stringify(value.slice(0, 40))}`;
  },
  'junk-text': (root, rng) => {
    const texts = textNodesIn(root).filter((t) => !isScript(t.parentElement ?? root));
    const value = rng.chance(0.5) ? rng.pick(FIELD_JUNK) : junk(rng);
    if (texts.length && rng.chance(0.6)) rng.pick(texts).data = value;
    else rng.pick(elementsIn(root)).append(root.ownerDocument.createTextNode(value));
    return `text ${JSON.stringify(value.slice(0, 40))}`;
  },
  'huge-text': (root, rng) => {
    const texts = textNodesIn(root).filter((t) => t.data.trim() && !isScript(t.parentElement ?? root));
    if (!texts.length) return null;
    const value = rng.pick(hugeStrings());
    rng.pick(texts).data = value;
    return `huge text of ${value.length}`;
  },
  'garble-state': (root, rng) => {
    const scripts = [...root.querySelectorAll('script')].filter((s) => (s.textContent ?? '').length > 20);
    if (!scripts.length) return null;
    const script = rng.pick(scripts);
    script.textContent = garbleScript(script.textContent ?? '', rng);
    return `garbled script ${script.id || script.getAttribute('type') || ''}`;
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** One named mutation (for faults a test wants more often than chance gives). */
export function mutateWith(name: string, root: Element, rng: Rng): string | null {
  return MUTATIONS[name]!(root, rng);
}

/** Applies `count` random mutations under `root`; returns what was done, for replay. */
export function mutate(root: Element, rng: Rng, count: number): string[] {
  const log: string[] = [];
  for (let i = 0; i < count; i++) {
    focus = rng.chance(0.5);
    const name = rng.pick(MUTATION_NAMES);
    const done = MUTATIONS[name]!(root, rng);
    if (done) log.push(done);
  }
  return log;
}

/** JSON state gets values of the wrong type and deleted keys; other script text is cut,
 *  spliced with junk or has a slice removed. */
function garbleScript(text: string, rng: Rng): string {
  try {
    const value: unknown = JSON.parse(text);
    garbleJson(value, rng, 1 + rng.int(40));
    return JSON.stringify(value);
  } catch {
    const at = rng.int(text.length);
    const op = rng.int(3);
    if (op === 0) return text.slice(0, at);
    if (op === 1) return text.slice(0, at) + junk(rng) + text.slice(at);
    return text.slice(0, at) + text.slice(at + rng.int(2000));
  }
}

const WRONG_VALUES = (rng: Rng): unknown[] => [null, -1, 1e308, 0.5, '', junk(rng), [], {}, true, 'NaN', [junk(rng)], { 0: 1 }];

function garbleJson(root: unknown, rng: Rng, edits: number): void {
  const containers: (Record<string, unknown> | unknown[])[] = [];
  const stack: unknown[] = [root];
  while (stack.length && containers.length < 50_000) {
    const v = stack.pop();
    if (v && typeof v === 'object') {
      containers.push(v as Record<string, unknown>);
      stack.push(...Object.values(v));
    }
  }
  if (!containers.length) return;
  for (let i = 0; i < edits; i++) {
    const target = rng.pick(containers) as Record<string, unknown>;
    const keys = Object.keys(target);
    if (!keys.length) continue;
    const key = rng.pick(keys);
    if (rng.chance(0.25)) delete target[key];
    else target[key] = rng.pick(WRONG_VALUES(rng));
  }
}
