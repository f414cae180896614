// The features list of job details: one li per fact, an icon whose data-cy names it
// (clock-timelog = hourly range, clock-hourly = weekly hours, fixed-price, expertise;
// stable 2024-04 → 2026-04) and a .description line naming it in words.
import type { ListingInput } from '../model/listing';
import { parsePay } from './pay';
import { details as sel } from './selectors';
import { clean, parseExperience } from './text';

interface Feature {
  icon: string;
  value: string;
  label: string;
}

function features(root: Element, client: Element | null): Feature[] {
  const out: Feature[] = [];
  for (const li of root.querySelectorAll(sel.featureItem)) {
    if (client?.contains(li)) continue; // the client block reuses ul.features
    const label = clean(li.querySelector('.description')?.textContent);
    // An hourly range is two amounts: BudgetAmount nodes (≤2025) or bare strongs (2026).
    let amounts = li.querySelectorAll(sel.budgetAmount[0]);
    if (!amounts.length) amounts = li.querySelectorAll(sel.budgetAmount[1]);
    const value = [...amounts].map((a) => clean(a.textContent)).filter(Boolean).join(' - ');
    out.push({ icon: li.querySelector(sel.featureIcon)?.getAttribute('data-cy') ?? '', value, label });
  }
  return out;
}

type FeatureFields = Pick<ListingInput, 'pay' | 'experience' | 'duration' | 'workload'>;

export function readFeatures(root: Element, client: Element | null): FeatureFields {
  const list = features(root, client);
  const find = (icon: RegExp, label: RegExp) => list.find((f) => icon.test(f.icon) || label.test(f.label));
  const fixed = find(/^fixed-price$/, /^fixed/i);
  const range = list.find((f) => f.icon === 'clock-timelog' || (/^hourly$/i.test(f.label) && /\d/.test(f.value) && !/hrs?\/week/i.test(f.value)));
  const hours = list.find((f) => f.icon === 'clock-hourly' || /hrs?\/week/i.test(f.value));
  const pay = fixed
    ? parsePay('Fixed price', fixed.value)
    : range
      ? parsePay(`Hourly: ${range.value}`, null)
      : list.some((f) => /^hourly$/i.test(f.label))
        ? parsePay('Hourly', null)
        : null;
  return {
    pay,
    experience: parseExperience(find(/^expertise$/, /experience level/i)?.value),
    duration: find(/duration|calendar/, /duration|project length/i)?.value || null,
    workload: hours?.value || null,
  };
}
