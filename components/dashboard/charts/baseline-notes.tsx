// The credit and caveats shown under every chart that carries the research baseline. The
// sources' names are citations (one is a licence's required credit): kept as published.
import { t } from '@/lib/i18n';
import { baselineCaveats } from '@/lib/i18n/data-words';
import { BASELINE_SOURCES } from '@/lib/trends/baseline-data';

export const baselineCredit = (): string =>
  t('baseline_credit', { a: BASELINE_SOURCES['upwork-2023-sample'].name, b: BASELINE_SOURCES['snipework-2026'].name });

export function BaselineNote({ extra }: { extra?: string }) {
  return (
    <>
      {extra && <p>{extra}</p>}
      <p>
        {t('baseline_label')}{' '}
        <a href={BASELINE_SOURCES['upwork-2023-sample'].url} target="_blank" rel="noreferrer noopener" lang="en" dir="ltr">
          {BASELINE_SOURCES['upwork-2023-sample'].name}
        </a>
        ;{' '}
        <a href={BASELINE_SOURCES['snipework-2026'].url} target="_blank" rel="noreferrer noopener" lang="en" dir="ltr">
          {BASELINE_SOURCES['snipework-2026'].name}
        </a>
        . {baselineCaveats().slice(0, 3).join(' ')}
      </p>
    </>
  );
}
