// `npm run icons`: renders public/icon.svg to the PNG sizes the stores and toolbars use.
// Run it after changing the drawing and commit the PNGs (the build reads them from public/).
import { readFileSync } from 'node:fs';
import { renderPngs } from './render-png';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const svg = readFileSync('public/icon.svg', 'utf8');
await renderPngs(
  ICON_SIZES.map((size) => ({
    html: `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    width: size,
    height: size,
    path: `public/icon/${size}.png`,
    transparent: true,
  })),
);
console.log(`Wrote public/icon/{${ICON_SIZES.join(',')}}.png`);
