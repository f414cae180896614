// A profile's categories, chosen from the GigLens taxonomy (grouped under Upwork's top
// categories, as on the sites) and stored by id. An id a later taxonomy no longer knows is
// shown as such and can be removed; the plan skips it meanwhile.
import { t } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { UPWORK_TOP_CATEGORIES } from '@/lib/model/label';
import { CATEGORIES, CATEGORY_BY_ID } from '@/lib/taxonomy/categories';

interface Props {
  categories: readonly string[];
  onChange: (categories: string[]) => void;
  id: string;
}

const GROUPS = UPWORK_TOP_CATEGORIES.map((upwork) => ({ upwork, categories: CATEGORIES.filter((c) => c.upwork === upwork) })).filter(
  (g) => g.categories.length > 0,
);

export function CategoriesField({ categories, onChange, id }: Props) {
  const [picked, setPicked] = useState('');
  const chosen = new Set(categories);
  const add = () => {
    if (picked && !chosen.has(picked)) onChange([...categories, picked]);
    setPicked('');
  };
  return (
    <fieldset class="profile-field" data-profile-field="categories">
      <legend>{t('profile_categories')}</legend>
      {categories.length === 0 ? (
        <p class="muted">{t('profile_categories_none')}</p>
      ) : (
        <ul class="chips">
          {categories.map((c) => {
            const def = CATEGORY_BY_ID.get(c);
            const name = def?.name ?? c;
            return (
              <li key={c} data-profile-category={c}>
                <bdi>{name}</bdi>
                {def ? <span class="muted"> (<bdi>{def.upwork}</bdi>)</span> : <span class="muted"> {t('profile_category_unknown')}</span>}{' '}
                <button type="button" class="link" aria-label={t('profile_category_remove', { category: name })}
                  onClick={() => onChange(categories.filter((x) => x !== c))}>
                  {t('profile_remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="row">
        <label>
          {t('profile_category_add_label')}
          <select id={`${id}-category`} value={picked} onChange={(e) => setPicked(e.currentTarget.value)} data-profile-input="category">
            <option value="">{t('profile_category_pick')}</option>
            {GROUPS.map((g) => (
              <optgroup key={g.upwork} label={g.upwork}>
                {g.categories.map((c) => (
                  <option key={c.id} value={c.id} disabled={chosen.has(c.id)}>{c.name}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="button" onClick={add} disabled={!picked || chosen.has(picked)} data-profile-action="add-category">
          {t('profile_category_add')}
        </button>
      </div>
    </fieldset>
  );
}
