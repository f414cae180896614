// Renders a Preact view into the happy-dom document and waits for what it loads.
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, vi } from 'vitest';

let host: HTMLElement | null = null;

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

/** `any`: a vnode of any component, whatever its props. */
export async function mount(view: VNode<any>): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(() => render(view, host!));
  return host;
}

/** Waits until `select` finds an element (the view's data comes from IndexedDB). */
export async function find<T extends Element = HTMLElement>(root: ParentNode, select: string): Promise<T> {
  return vi.waitFor(
    () => {
      const el = root.querySelector<T & Element>(select);
      if (!el) throw new Error(`nothing matches ${select}`);
      return el as T;
    },
    { timeout: 5000, interval: 10 },
  );
}

export const texts = (root: ParentNode, select: string): string[] =>
  [...root.querySelectorAll(select)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

export async function click(el: Element): Promise<void> {
  await act(() => (el as HTMLElement).click());
}

/** Sets a form field's value and fires the events a user's typing fires. */
export async function type(el: Element, value: string): Promise<void> {
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
