// The bibliography entries the rules cite (numbers as in ../shared/research/evidence.md),
// short enough for the badge's panel: title, authors and year, one link.
export interface Source {
  n: number;
  title: string;
  by: string;
  year: number;
  url: string;
}

const s = (n: number, title: string, by: string, year: number, url: string): Source => ({ n, title, by, year, url });

export const SOURCES: readonly Source[] = [
  s(1, 'Who Is AI Replacing? The Impact of Generative AI on Online Freelancing Platforms', 'Demirci, Hannane & Zhu', 2025, 'https://pubsonline.informs.org/doi/abs/10.1287/mnsc.2024.05420'),
  s(2, 'How Gen AI Is Already Impacting the Labor Market (HBR, as reported)', 'Demirci, Hannane & Zhu', 2024, 'https://www.cdotrends.com/story/4305/how-ai-reshaping-labor-market'),
  s(3, 'Generative KI reduziert Nachfrage nach Freelance-Arbeit (DIW Wochenbericht 35/2024)', 'Hannane', 2024, 'https://www.finanzen.ch/nachrichten/aktien/diw-generative-ki-reduziert-nachfrage-nach-freelance-arbeit-1033728091'),
  s(4, 'The Short-Term Effects of Generative AI on Employment: Evidence from an Online Labor Market', 'Hui, Reshef & Zhou', 2024, 'https://doi.org/10.1287/orsc.2023.18441'),
  s(5, 'Winners and losers of generative AI: Early evidence of shifts in freelancer demand', 'Teutloff et al.', 2025, 'https://doi.org/10.1016/j.jebo.2024.106845'),
  s(6, 'AI and Jobs: Has the Inflection Point Arrived? Evidence from an Online Labor Platform', 'Qiao, Rui & Xiong', 2023, 'https://arxiv.org/abs/2312.04180'),
  s(9, 'Analysis of ~5M Upwork jobs, Nov 2022 – Feb 2024 (Bloomberry, as reported)', 'Chiu', 2024, 'https://www.entrepreneur.com/business-news/ai-is-taking-over-these-freelancing-jobs-the-most-report/471183'),
  s(11, 'GPTs are GPTs: Labor market impact potential of LLMs', 'Eloundou, Manning, Mishkin & Rock', 2024, 'https://arxiv.org/abs/2303.10130'),
  s(12, 'Occupational, industry, and geographic exposure to AI; Language Modelers and occupations', 'Felten, Raj & Seamans', 2021, 'https://github.com/AIOE-Data/AIOE'),
  s(14, 'Generative AI and Jobs: A Refined Global Index of Occupational Exposure (ILO WP 140)', 'Gmyrek et al.', 2025, 'https://doi.org/10.54394/HETP0387'),
  s(15, 'Working with AI: Measuring the Applicability of Generative AI to Occupations', 'Tomlinson, Jaffe, Wang, Counts & Suri', 2025, 'https://arxiv.org/abs/2507.07935'),
  s(18, 'Labor market impacts of AI: A new measure and early evidence (as reported)', 'Massenkoff & McCrory (Anthropic)', 2026, 'https://the-decoder.com/anthropics-new-study-shows-ai-is-nowhere-near-its-theoretical-job-disruption-potential/'),
  s(19, 'Canaries in the Coal Mine? Six Facts about the Recent Employment Effects of AI', 'Brynjolfsson, Chandar & Chen', 2025, 'https://digitaleconomy.stanford.edu/publication/canaries-in-the-coal-mine-six-facts-about-the-recent-employment-effects-of-artificial-intelligence'),
  s(20, 'Upwork Reports Third Quarter 2025 Financial Results', 'Upwork Inc.', 2025, 'https://markets.financialcontent.com/concordmonitor/article/gnwcq-2025-11-3-upwork-reports-third-quarter-2025-financial-results'),
  s(22, 'Upwork Q2 2025 results (AI-related GSV, as reported)', 'Upwork Inc.', 2025, 'https://reportify.ai/companies/US:UPWK/documents?page=3'),
  s(23, 'Upwork Monthly Hiring Reports, Aug–Dec 2025', 'Upwork Inc.', 2025, 'https://www.globenewswire.com/'),
  s(24, 'Generative-AI platform data press release', 'Upwork Inc.', 2023, 'https://www.upwork.com/blog/generative-ai-marketplace'),
  s(25, 'Fiverr Fourth Quarter and Full Year 2025 Results; Q2 2025 results', 'Fiverr International', 2026, 'https://www.globenewswire.com/'),
  s(27, 'Payoneer Freelancer Income Survey 2018–2022 (as reported)', 'Payoneer', 2022, 'https://www.inc.com/wanda-thibodeaux/this-survey-of-21000-freelancers-from-170-countries-shows-what-having-no-boss-is-like.html'),
];

export const SOURCE_BY_NUMBER: ReadonlyMap<number, Source> = new Map(SOURCES.map((x) => [x.n, x]));
