// axe-core evaluated through the DevTools protocol: extension pages' CSP forbids injected script
// tags, and must stay that way. `context`: a shadow-DOM path (`host >> inner`) to check alone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page, context: string | null = null): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (ctx) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    // In a site's page, the panel's heading levels follow the host page's headings, which
    // GigLens does not control: heading-order is checked on the extension's own pages only.
    const result = await axe.run(ctx ? { include: [{ fromShadowDom: ctx.split('>>').map((s) => s.trim()) }] } : document, {
      resultTypes: ['violations'],
      ...(ctx ? { rules: { 'heading-order': { enabled: false } } } : {}),
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5).join(' | ')}`);
  }, context);
}
