// "Dim high-risk listings": fades listings labelled high or very high, and undoes it when the
// setting is switched off. Only the opacity GigLens set is touched.
import { RISK_ATTR } from './annotate';

const DIM_ATTR = 'data-giglens-dimmed';
const DIMMED_LEVELS = new Set(['high', 'very-high']);

export function applyDim(element: Element, on: boolean): void {
  if (!(element instanceof HTMLElement)) return;
  const should = on && DIMMED_LEVELS.has(element.getAttribute(RISK_ATTR) ?? '');
  if (should && !element.hasAttribute(DIM_ATTR)) {
    element.setAttribute(DIM_ATTR, '');
    element.style.opacity = '0.45';
  } else if (!should && element.hasAttribute(DIM_ATTR)) {
    element.removeAttribute(DIM_ATTR);
    element.style.removeProperty('opacity');
  }
}
