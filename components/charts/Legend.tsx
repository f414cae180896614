// A chart legend in HTML (wraps and scales with the text), one swatch per series.
import { t } from '@/lib/i18n';
export interface LegendItem {
  name: string;
  /** Swatch class from theme.css, e.g. "sw-high" or "sw-s1". */
  cls: string;
  /** Dashed swatch for baseline or dashed series. */
  dashed?: boolean;
}

export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul class="legend" aria-label={t('chart_legend')}>
      {items.map((i) => (
        <li key={i.name}>
          <span class={`swatch ${i.cls}${i.dashed ? ' dashed' : ''}`} aria-hidden="true" />
          {i.name}
        </li>
      ))}
    </ul>
  );
}
