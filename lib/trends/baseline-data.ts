// The research baseline every badge can show from day one: Upwork's 12 top categories in two
// real samples, January 2023 and July–August 2026 (../shared/research/market-baseline.csv and
// .md), plus the demand-trend figures of ../shared/research/evidence.md (bibliography numbers).
// Data, not code: a new sample is a new table, never a new branch.
import type { UpworkTopCategory } from '../model/label';

export interface BaselineSource {
  name: string;
  url: string;
  licence: string | null;
}

/** The two samples behind the shares and rates. */
export const BASELINE_SOURCES = {
  'upwork-2023-sample': {
    name: 'Upwork job search API sample, 30 Dec 2022 – 6 Jan 2023 (Kaggle "hashiromer/upwork-jobs", 14,719 posts)',
    url: 'https://github.com/databhav/Upwork_data_analysis',
    licence: null,
  },
  'snipework-2026': {
    // CC BY 4.0 requires this exact credit wherever its figures appear.
    name: 'SnipeWork Upwork Market Index (CC BY 4.0)',
    url: 'https://github.com/snipeworkapp-oss/upwork-market-data',
    licence: 'CC BY 4.0',
  },
} as const satisfies Record<string, BaselineSource>;
export type BaselineSourceId = keyof typeof BASELINE_SOURCES;

export const BASELINE_PERIODS = {
  before: { label: 'Jan 2023', source: 'upwork-2023-sample' },
  after: { label: 'Jul–Aug 2026', source: 'snipework-2026' },
} as const;

/** Bibliography entries of evidence.md that the demand notes cite. */
export const EVIDENCE_SOURCES: Record<number, BaselineSource> = {
  2: { name: 'Demirci, Hannane & Zhu, Harvard Business Review (Nov 2024), as quoted by CDOTrends', url: 'https://www.cdotrends.com/story/4305/how-ai-reshaping-labor-market', licence: null },
  5: { name: 'Teutloff et al., J. Economic Behavior & Organization 235 (2025)', url: 'https://ora.ox.ac.uk/objects/uuid:af491969-bee7-4b09-a696-2b500b6b21d8', licence: null },
  9: { name: 'Bloomberry analysis of ~5M Upwork jobs, Nov 2022–Feb 2024 (via Entrepreneur)', url: 'https://www.entrepreneur.com/business-news/ai-is-taking-over-these-freelancing-jobs-the-most-report/471183', licence: null },
  23: { name: 'Upwork Monthly Hiring Reports, Aug–Dec 2025 (GlobeNewswire)', url: 'https://www.globenewswire.com/news-release/2025/09/02/3142746/', licence: null },
};

/** Columns of market-baseline.csv; `hourly*` and `fixed*` in US dollars. */
export interface BaselineRow {
  share2023: number;
  share2026: number;
  shareRatio: number;
  medianHourly2023: number;
  avgHourly2023: number;
  avgHourly2026: number;
  medianFixed2023: number;
  medianFixed2026: number;
  jobs2023: number;
  jobs2026: number;
}

// prettier-ignore
const row = (share2023: number, share2026: number, shareRatio: number, medianHourly2023: number, avgHourly2023: number,
  avgHourly2026: number, medianFixed2023: number, medianFixed2026: number, jobs2023: number, jobs2026: number,
): BaselineRow => ({ share2023, share2026, shareRatio, medianHourly2023, avgHourly2023, avgHourly2026, medianFixed2023, medianFixed2026, jobs2023, jobs2026 });

// prettier-ignore
export const BASELINE_ROWS: Record<UpworkTopCategory, BaselineRow> = {
  'Web, Mobile & Software Dev': row(0.2521, 0.2045, 0.81, 22.5, 26.7, 26.2, 100, 100, 3710, 15914),
  'Design & Creative':          row(0.2012, 0.2944, 1.46, 21.5, 24.5, 23.6, 50, 80, 2962, 22911),
  'Sales & Marketing':          row(0.1808, 0.2263, 1.25, 16.5, 24.8, 20.0, 150, 100, 2661, 17614),
  'Admin Support':              row(0.0933, 0.0674, 0.72, 8.5, 14.4, 13.2, 50, 50, 1374, 5247),
  'Writing':                    row(0.091, 0.0269, 0.3, 24.0, 29.1, 28.8, 100, 100, 1339, 2096),
  'Engineering & Architecture': row(0.0366, 0.0512, 1.4, 22.5, 27.1, 27.0, 100, 150, 538, 3981),
  'Accounting & Consulting':    row(0.0346, 0.0411, 1.19, 19.5, 32.8, 26.0, 100, 138, 510, 3197),
  'Data Science & Analytics':   row(0.0321, 0.0247, 0.77, 29.0, 32.7, 30.0, 60, 100, 472, 1924),
  'IT & Networking':            row(0.0285, 0.0189, 0.66, 35.0, 41.6, 35.4, 100, 150, 419, 1471),
  'Translation':                row(0.0268, 0.0134, 0.5, 16.0, 17.9, 17.4, 34, 50, 394, 1043),
  'Customer Service':           row(0.0137, 0.0168, 1.22, 7.5, 10.7, 12.8, 150, 100, 202, 1305),
  'Legal':                      row(0.0094, 0.0144, 1.54, 61.25, 59.6, 55.8, 100, 150, 138, 1124),
};

export interface DemandNote {
  text: string;
  /** Bibliography numbers in evidence.md. */
  sources: number[];
  /** V: read in the primary text; S: seen only in a secondary report (evidence.md's marks). */
  mark: 'V' | 'S';
}

/** The demand-trend column of evidence.md, by the Upwork category its rows belong to. */
export const DEMAND_NOTES: Record<UpworkTopCategory, DemandNote[]> = {
  Writing: [{ text: 'Upwork writing posts −33% (Nov 2022 → Feb 2024)', sources: [9], mark: 'S' }],
  Translation: [
    { text: 'Upwork translation posts −19% and hourly pay down 20%+ (Nov 2022 → Feb 2024)', sources: [9], mark: 'S' },
  ],
  'Customer Service': [{ text: 'Upwork customer-service posts −16% (Nov 2022 → Feb 2024)', sources: [9], mark: 'S' }],
  'Design & Creative': [
    { text: 'Video editing posts +39%, graphic design +8% (Nov 2022 → Feb 2024)', sources: [9], mark: 'S' },
    { text: 'Branding & Logo Design +21% year on year (Dec 2025)', sources: [23], mark: 'V' },
  ],
  'Web, Mobile & Software Dev': [
    { text: 'Backend posts +6%, frontend/web +4% (Nov 2022 → Feb 2024)', sources: [9], mark: 'S' },
    { text: 'Software, app and web development posts −20.6% against manual-intensive jobs after ChatGPT', sources: [2], mark: 'S' },
  ],
  'Sales & Marketing': [
    { text: 'Marketing, PR & Brand Strategy +43% year on year (Dec 2025)', sources: [23], mark: 'V' },
  ],
  'Admin Support': [{ text: 'Project management +23%, virtual assistance +3% month on month (Dec 2025)', sources: [23], mark: 'V' }],
  'Accounting & Consulting': [{ text: 'Accounting & Bookkeeping +15% month on month (Dec 2025)', sources: [23], mark: 'V' }],
  'Data Science & Analytics': [
    { text: 'AI & Machine Learning +16% month on month (Nov 2025)', sources: [23], mark: 'V' },
    { text: 'Machine-learning programming demand +24% after ChatGPT', sources: [5], mark: 'V' },
  ],
  'Engineering & Architecture': [
    { text: 'Engineering posts −10.4% against manual-intensive jobs after ChatGPT', sources: [2], mark: 'S' },
  ],
  'IT & Networking': [],
  Legal: [],
};

/** To show beside any baseline figure (market-baseline.md and evidence.md §4). */
export const BASELINE_CAVEATS = [
  'Two different collectors: a 2023 random API sample and a 2026 weekly index; Upwork added AI-era occupations in between.',
  'One holiday week in January 2023 against five summer weeks in 2026.',
  'Shares, not counts: a falling share can mean other categories grew.',
  'Month-on-month figures are seasonal: read them as a direction, never a level.',
] as const;
