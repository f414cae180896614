// The Connects ledger for the popup and the dashboard: what the user spent per month and
// category, and what it bought (interviews, hires, their likely value).
import { formatMonth, t } from '@/lib/i18n';
import { allOutcomes } from '@/lib/db/outcomes';
import { database } from '@/lib/db/open';
import { ledgerRows, ledgerTotals, type LedgerRow } from '@/lib/connects/ledger';
import { usd } from '@/lib/connects/format';
import type { OutcomeRecord } from '@/lib/connects/outcome';
import { useAsync } from '../shared/use-async';

export interface LedgerViewProps {
  outcomes: readonly OutcomeRecord[];
  now: number;
  /** The popup shows the last few rows; the dashboard all of them. */
  maxRows?: number;
}

function Row({ row }: { row: LedgerRow }) {
  return (
    <tr data-month={row.month} data-category={row.categoryId}>
      <td>{formatMonth(row.month)}</td>
      <th scope="row"><bdi>{row.categoryName}</bdi></th>
      <td class="num">{row.applications}</td>
      <td class="num">
        {row.connects}
        {row.unknownCost > 0 && <span class="muted" title={t('ledger_unknown_cost')}> +{row.unknownCost}?</span>}
      </td>
      <td class="num">{usd(row.usd)}</td>
      <td class="num">{row.interviews}</td>
      <td class="num">{row.hires}</td>
      <td class="num">{row.hires ? usd(row.hiredValueUsd) : '–'}</td>
    </tr>
  );
}

export function LedgerView({ outcomes, now, maxRows }: LedgerViewProps) {
  if (outcomes.length === 0) {
    return (
      <p class="muted" data-ledger="empty">
        {t('ledger_empty')}
      </p>
    );
  }
  const rows = ledgerRows(outcomes, now);
  const totals = ledgerTotals(rows);
  const shown = maxRows === undefined ? rows : rows.slice(0, maxRows);
  return (
    <div data-ledger="ready">
      <p data-ledger-totals>
        {[
          t('ledger_applications', { count: totals.applications }),
          t('ledger_connects', { count: totals.connects, usd: usd(totals.usd) }),
          t('ledger_interviews', { count: totals.interviews }),
          t('ledger_hires', { count: totals.hires }),
          totals.usdPerHire !== null && t('ledger_per_hire', { usd: usd(totals.usdPerHire) }),
          totals.usdPerInterview !== null && t('ledger_per_interview', { usd: usd(totals.usdPerInterview) }),
        ].filter(Boolean).join(' · ')}
      </p>
      <table class="gl-ledger">
        <caption class="muted">{t('ledger_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ledger_col_month')}</th>
            <th scope="col">{t('col_category')}</th>
            <th scope="col" class="num">{t('ledger_col_applied')}</th>
            <th scope="col" class="num">{t('ledger_col_connects')}</th>
            <th scope="col" class="num">{t('ledger_col_spent')}</th>
            <th scope="col" class="num">{t('ledger_col_interviews')}</th>
            <th scope="col" class="num">{t('ledger_col_hires')}</th>
            <th scope="col" class="num">{t('ledger_col_hired_value')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <Row key={`${row.month}|${row.categoryId}`} row={row} />
          ))}
        </tbody>
      </table>
      {shown.length < rows.length && <p class="muted">{t('ledger_older_rows', { count: rows.length - shown.length })}</p>}
    </div>
  );
}

async function loadOutcomes(): Promise<OutcomeRecord[]> {
  return allOutcomes(await database());
}

/** The ledger read from IndexedDB; `now` is for tests. */
export function Ledger({ now, maxRows }: { now?: number; maxRows?: number }) {
  const state = useAsync(loadOutcomes);
  return (
    <section class="gl-ledger-section" aria-label={t('ledger_title')}>
      <h2>{t('ledger_title')}</h2>
      {state.status === 'loading' && <p class="muted">{t('common_loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('ledger_error', { error: state.error })}</p>}
      {state.status === 'ready' && <LedgerView outcomes={state.value} now={now ?? Date.now()} maxRows={maxRows} />}
    </section>
  );
}
