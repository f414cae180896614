// Presentation mode for coaches: one chart a screen in large type, arrow keys to move
// (also Page Up/Down, Space, Home, End), Escape to leave. Left and right follow the reading
// direction: in Urdu (right to left) the next slide is to the left.
import { currentDir, t } from '@/lib/i18n';
import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredListing } from '@/lib/db/schema';
import { baselineCaveats } from '@/lib/i18n/data-words';
import { useAsync } from '../shared/use-async';
import { chartsFor } from './chart-list';
import { baselineCredit } from './charts/baseline-notes';
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

const FORWARD = { ltr: 'ArrowRight', rtl: 'ArrowLeft' } as const;
const BACK = { ltr: 'ArrowLeft', rtl: 'ArrowRight' } as const;
const NEXT = new Set(['ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowUp', 'PageUp']);

export function Presentation({ listings, sourceName, compare, now, onExit }: Props) {
  const [index, setIndex] = useState(0);
  const slide = useRef<HTMLElement>(null);
  const compared = useAsync(() => loadCompare(compare), []);
  const slides: { title: string; body: VNode }[] = [
    {
      title: t('present_what_listings_say', { count: listings.length }),
      body: (
        <>
          <Summary listings={listings} />
          <TopCategories listings={listings} />
        </>
      ),
    },
    ...chartsFor(listings, sourceName).map((c) => ({ title: '', body: c.view })),
    {
      title: t('present_two_periods'),
      body:
        compared.status === 'ready' ? (
          <CompareTable rows={compareRows(compare, compared.value[0], compared.value[1], now)} aLabel={sideLabel(compare.a, now)} bLabel={sideLabel(compare.b, now)} />
        ) : (
          <p class="muted">{t('common_loading')}</p>
        ),
    },
    {
      title: t('present_how_to_read'),
      body: (
        <ul class="caveats">
          <li>{t('note_exposure')}</li>
          <li>{t('note_history')}</li>
          {baselineCaveats().map((c) => <li key={c}>{c}</li>)}
          <li>{baselineCredit()}</li>
        </ul>
      ),
    },
  ];
  const last = slides.length - 1;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const dir = currentDir();
      if (NEXT.has(e.key) || e.key === FORWARD[dir]) setIndex((i) => Math.min(last, i + 1));
      else if (PREVIOUS.has(e.key) || e.key === BACK[dir]) setIndex((i) => Math.max(0, i - 1));
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
        <h1 class="visually-hidden">{t('present_heading', { name: sourceName })}</h1>
        <section ref={slide} tabIndex={-1} class="slide" aria-roledescription={t('present_slide')} aria-label={t('present_slide_of', { n: index + 1, count: slides.length })} data-slide={index}>
          {current.title && <h2 class="slide-title">{current.title}</h2>}
          {current.body}
        </section>
      </main>
      <nav class="present-bar" aria-label={t('present_slides')}>
        <button type="button" onClick={() => setIndex(Math.max(0, index - 1))} disabled={index === 0}>{t('present_previous')}</button>
        <span aria-live="polite" data-slide-count>{index + 1} / {slides.length}</span>
        <button type="button" onClick={() => setIndex(Math.min(last, index + 1))} disabled={index === last}>{t('present_next')}</button>
        <button type="button" onClick={onExit}>{t('present_leave')}</button>
        <span class="muted"><bdi>{sourceName}</bdi></span>
      </nav>
    </div>
  );
}
