// The Connects ledger for the popup and the dashboard: what the user spent per month and
// category, and what it bought (interviews, hires, their likely value).
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
      <td>{row.month}</td>
      <th scope="row">{row.categoryName}</th>
      <td class="num">{row.applications}</td>
      <td class="num">
        {row.connects}
        {row.unknownCost > 0 && <span class="muted" title="Applications whose Connects you did not enter"> +{row.unknownCost}?</span>}
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
        No applications marked yet. On an Upwork job, open the GigLens badge and mark it Applied to start your Connects ledger.
      </p>
    );
  }
  const rows = ledgerRows(outcomes, now);
  const totals = ledgerTotals(rows);
  const shown = maxRows === undefined ? rows : rows.slice(0, maxRows);
  return (
    <div data-ledger="ready">
      <p data-ledger-totals>
        {totals.applications} applications · {totals.connects} Connects = {usd(totals.usd)} · {totals.interviews} interviews ·{' '}
        {totals.hires} hires
        {totals.usdPerHire !== null && <> · {usd(totals.usdPerHire)} per hire</>}
        {totals.usdPerInterview !== null && <> · {usd(totals.usdPerInterview)} per interview</>}
      </p>
      <table class="gl-ledger">
        <caption class="muted">Connects spent per month and category, and what they bought</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Category</th>
            <th scope="col" class="num">Applied</th>
            <th scope="col" class="num">Connects</th>
            <th scope="col" class="num">Spent</th>
            <th scope="col" class="num">Interviews</th>
            <th scope="col" class="num">Hires</th>
            <th scope="col" class="num">Hired value</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <Row key={`${row.month}|${row.categoryId}`} row={row} />
          ))}
        </tbody>
      </table>
      {shown.length < rows.length && <p class="muted">{rows.length - shown.length} older rows on the dashboard.</p>}
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
    <section class="gl-ledger-section" aria-label="Connects ledger">
      <h2>Connects ledger</h2>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && <p role="alert">Could not read your applications: {state.error}</p>}
      {state.status === 'ready' && <LedgerView outcomes={state.value} now={now ?? Date.now()} maxRows={maxRows} />}
    </section>
  );
}
