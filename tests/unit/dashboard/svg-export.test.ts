// Chart export: the on-screen SVG, coloured by the page's CSS, becomes a standalone image
// with its colours written on each element and the page background behind it.
import { expect, it } from 'vitest';
import { standaloneSvg, svgDataUrl } from '@/components/charts/svg-export';

it('inlines computed colours, fixes the size and adds the background', () => {
  const style = document.createElement('style');
  style.textContent = 'body { background-color: rgb(13, 17, 23); } .fill-high { fill: rgb(188, 76, 0); } .axis { fill: rgb(87, 96, 106); }';
  document.head.append(style);
  document.body.innerHTML =
    '<svg viewBox="0 0 720 300" class="chart-svg"><rect class="fill-high" width="10" height="10"><title>W33: High 3</title></rect><text class="axis">0%</text></svg>';
  const out = standaloneSvg(document.querySelector('svg')!);
  expect(out.getAttribute('width')).toBe('720');
  expect(out.getAttribute('height')).toBe('300');
  expect(out.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  const [background, rect, text] = [...out.children] as SVGElement[];
  expect(background!.getAttribute('fill')).toBe('rgb(13, 17, 23)');
  expect(rect!.getAttribute('class')).toBeNull();
  expect(rect!.style.getPropertyValue('fill')).toBe('rgb(188, 76, 0)');
  expect(text!.style.getPropertyValue('fill')).toBe('rgb(87, 96, 106)');
  expect(decodeURIComponent(svgDataUrl(document.querySelector('svg')!))).toMatch(/^data:image\/svg\+xml;charset=utf-8,<svg /);
  style.remove();
});
