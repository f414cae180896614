// The credit and caveats shown under every chart that carries the research baseline.
import { BASELINE_CAVEATS, BASELINE_SOURCES } from '@/lib/trends/baseline-data';

export const BASELINE_CREDIT = `Baseline: ${BASELINE_SOURCES['upwork-2023-sample'].name}; ${BASELINE_SOURCES['snipework-2026'].name}.`;

export function BaselineNote({ extra }: { extra?: string }) {
  return (
    <>
      {extra && <p>{extra}</p>}
      <p>
        Baseline:{' '}
        <a href={BASELINE_SOURCES['upwork-2023-sample'].url} target="_blank" rel="noreferrer noopener">
          {BASELINE_SOURCES['upwork-2023-sample'].name}
        </a>
        ;{' '}
        <a href={BASELINE_SOURCES['snipework-2026'].url} target="_blank" rel="noreferrer noopener">
          {BASELINE_SOURCES['snipework-2026'].name}
        </a>
        . {BASELINE_CAVEATS.slice(0, 3).join(' ')}
      </p>
    </>
  );
}
