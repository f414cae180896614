// Presentation mode for coaches: one chart a screen in large type, arrow keys to move
// (also Page Up/Down, Space, Home, End), Escape to leave.
import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredListing } from '@/lib/db/schema';
import { BASELINE_CAVEATS } from '@/lib/trends/baseline-data';
import { useAsync } from '../shared/use-async';
import { chartsFor } from './chart-list';
import { BASELINE_CREDIT } from './charts/baseline-notes';
import { CompareTable, compareRows, loadCompare, sideLabel, type CompareConfig } from './CompareView';
import { Summary } from './Summary';
import { TopCategories } from './TopCategories';

interface Props {
  listings: StoredListing[];
  sourceName: string;
  compare: CompareConfig;
  now: number;
  onExit: () => void;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function Presentation({ listings, sourceName, compare, now, onExit }: Props) {
  const [index, setIndex] = useState(0);
  const slide = useRef<HTMLElement>(null);
  const compared = useAsync(() => loadCompare(compare), []);
  const slides: { title: string; body: VNode }[] = [
    {
      title: `What ${listings.length} listings say`,
      body: (
        <>
          <Summary listings={listings} />
          <TopCategories listings={listings} />
        </>
      ),
    },
    ...chartsFor(listings, sourceName).map((c) => ({ title: '', body: c.view })),
    {
      title: 'Two periods side by side',
      body:
        compared.status === 'ready' ? (
          <CompareTable rows={compareRows(compare, compared.value[0], compared.value[1], now)} aLabel={sideLabel(compare.a, now)} bLabel={sideLabel(compare.b, now)} />
        ) : (
          <p class="muted">Loading…</p>
        ),
    },
    {
      title: 'How to read these figures',
      body: (
        <ul class="caveats">
          <li>AI risk is exposure, not replacement: it says where AI can do the task, not that it will.</li>
          <li>A browsing history shows what its owner looked at, not the whole market.</li>
          {BASELINE_CAVEATS.map((c) => <li key={c}>{c}</li>)}
          <li>{BASELINE_CREDIT}</li>
        </ul>
      ),
    },
  ];
  const last = slides.length - 1;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (NEXT.has(e.key)) setIndex((i) => Math.min(last, i + 1));
      else if (PREVIOUS.has(e.key)) setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(last);
      else if (e.key === 'Escape') onExit();
      else return;
      e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [last, onExit]);
  useEffect(() => slide.current?.focus(), [index]);

  const current = slides[index]!;
  return (
    <div class="present" data-presentation>
      <main>
        <h1 class="visually-hidden">GigLens presentation: {sourceName}</h1>
        <section ref={slide} tabIndex={-1} class="slide" aria-roledescription="slide" aria-label={`Slide ${index + 1} of ${slides.length}`} data-slide={index}>
          {current.title && <h2 class="slide-title">{current.title}</h2>}
          {current.body}
        </section>
      </main>
      <nav class="present-bar" aria-label="Slides">
        <button type="button" onClick={() => setIndex(Math.max(0, index - 1))} disabled={index === 0}>← Previous</button>
        <span aria-live="polite" data-slide-count>{index + 1} / {slides.length}</span>
        <button type="button" onClick={() => setIndex(Math.min(last, index + 1))} disabled={index === last}>Next →</button>
        <button type="button" onClick={onExit}>Leave presentation (Esc)</button>
        <span class="muted">{sourceName}</span>
      </nav>
    </div>
  );
}
