// What a suggested starting profile rests on: how many listings the user applied to,
// starred or opened, which skills and categories came out of them with their listing counts,
// the rate and its base, or plainly that the history is too thin to suggest anything.
import { formatNumber, t } from '@/lib/i18n';
import { MIN_RATE_LISTINGS, MIN_SKILL_LISTINGS, type StartingProfile } from '@/lib/fit/starting-profile';
import { CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import { formatMoney } from '@/lib/trends/trend-words';

export function StartingNotice({ start }: { start: StartingProfile }) {
  const { basis, skills, categories, rate } = start;
  const counts = { applied: formatNumber(basis.applied), starred: formatNumber(basis.starred), opened: formatNumber(basis.opened) };
  const thin = skills.length === 0 && categories.length === 0 && !rate;
  if (thin) {
    return (
      <div class="notice warning" role="status" data-profile-start="thin">
        <p>{t('profile_start_thin', { min: MIN_SKILL_LISTINGS })}</p>
        <p class="muted" data-profile-basis>{t('profile_start_basis', counts)}</p>
      </div>
    );
  }
  return (
    <div class="notice" role="status" data-profile-start="filled">
      <p data-profile-basis>{t('profile_start_basis', counts)}</p>
      <p>{t('profile_start_filled')}</p>
      <ul>
        <li data-profile-start-part="skills">
          {skills.length === 0 ? (
            t('profile_start_no_skills', { min: MIN_SKILL_LISTINGS })
          ) : (
            <>
              {t('profile_start_skills', { min: MIN_SKILL_LISTINGS })}{' '}
              {skills.map((s, i) => (
                <span key={s.key}>
                  {i > 0 && t('list_separator')}
                  <bdi>{s.name}</bdi> {t('profile_listings_count', { count: s.listings })}
                </span>
              ))}
            </>
          )}
        </li>
        <li data-profile-start-part="categories">
          {categories.length === 0 ? (
            t('profile_start_no_categories')
          ) : (
            <>
              {t('profile_start_categories')}{' '}
              {categories.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && t('list_separator')}
                  <bdi>{CATEGORY_BY_ID.get(c.id)?.name ?? c.id}</bdi> {t('profile_listings_count', { count: c.listings })}
                </span>
              ))}
            </>
          )}
        </li>
        <li data-profile-start-part="rate">
          {rate
            ? t(rate.from === 'applied' ? 'profile_start_rate_applied' : 'profile_start_rate_all', {
                rate: `${formatMoney(rate.hourly, rate.currency)}${t('unit_per_h')}`,
                count: rate.listings,
              })
            : t('profile_start_no_rate', { min: MIN_RATE_LISTINGS })}
        </li>
      </ul>
    </div>
  );
}
