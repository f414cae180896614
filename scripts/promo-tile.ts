// `npm run store:tile`: the 440×280 promotional tile for the stores, rendered from the icon
// drawing and the words in store/en/tile.txt (two lines: tagline, subline). Commit the PNG.
import { readFileSync } from 'node:fs';
import { renderPngs } from './render-png';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const [tagline = '', subline = ''] = readFileSync('store/en/tile.txt', 'utf8').trim().split('\n').map(escape);
const icon = readFileSync('public/icon.svg', 'utf8');

const html = `<!doctype html><html lang="en"><meta charset="utf-8"><style>
  html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; }
  body { display: flex; align-items: center; gap: 22px; padding: 0 28px; box-sizing: border-box;
    background: linear-gradient(135deg, #132a4a 0%, #0b1526 100%); color: #fff;
    font-family: system-ui, "DejaVu Sans", sans-serif; }
  svg { width: 112px; height: 112px; flex: none; filter: drop-shadow(0 6px 14px rgba(0,0,0,.35)); }
  h1 { margin: 0 0 8px; font-size: 38px; letter-spacing: -0.5px; }
  p { margin: 0 0 10px; font-size: 18px; line-height: 1.3; font-weight: 600; }
  small { display: inline-block; font-size: 13px; padding: 3px 10px; border-radius: 999px; background: #ffb000; color: #1f2328; font-weight: 700; }
</style><body>${icon}<div><h1>GigLens</h1><p>${tagline}</p><small>${subline}</small></div></body></html>`;

await renderPngs([{ html, width: 440, height: 280, path: 'store/promo-tile-440x280.png' }]);
console.log('Wrote store/promo-tile-440x280.png');
