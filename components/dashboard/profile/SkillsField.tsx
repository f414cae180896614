// A profile's skills, added (several at once, comma-separated) and removed one by one. Each
// shows the name it counts as (lib/fit/normalise-skill.ts), so "JS" visibly counts as
// JavaScript and a second spelling of a skill already listed is refused, not stored twice.
import { t } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { normaliseSkill } from '@/lib/fit/normalise-skill';

interface Props {
  skills: readonly string[];
  onChange: (skills: string[]) => void;
  /** Prefix of the element ids, unique on the page (settings and coach both use it). */
  id: string;
}

/** Adds the typed skills; the problems say which were refused and why. */
export function addSkills(skills: readonly string[], typed: string): { skills: string[]; problems: string[] } {
  const next = [...skills];
  const problems: string[] = [];
  for (const part of typed.split(/[,،\n]/)) {
    const written = part.replace(/\s+/g, ' ').trim();
    if (!written) continue;
    const skill = normaliseSkill(written);
    if (!skill) {
      problems.push(t('profile_skill_invalid', { skill: written }));
      continue;
    }
    const same = next.find((s) => normaliseSkill(s)?.key === skill.key);
    if (same !== undefined) problems.push(t('profile_skill_duplicate', { skill: written, existing: same }));
    else next.push(written);
  }
  return { skills: next, problems };
}

export function SkillsField({ skills, onChange, id }: Props) {
  const [typed, setTyped] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const add = () => {
    const result = addSkills(skills, typed);
    setProblems(result.problems);
    if (result.skills.length !== skills.length) onChange(result.skills);
    setTyped('');
  };
  return (
    <fieldset class="profile-field" data-profile-field="skills">
      <legend>{t('profile_skills')}</legend>
      {skills.length === 0 ? (
        <p class="muted">{t('profile_skills_none')}</p>
      ) : (
        <ul class="chips">
          {skills.map((s) => {
            const name = normaliseSkill(s)?.name ?? s;
            return (
              <li key={s} data-profile-skill={s}>
                <bdi>{s}</bdi>
                {name !== s && <span class="muted" data-counts-as> {t('profile_counts_as', { name })}</span>}{' '}
                <button type="button" class="link" aria-label={t('profile_skill_remove', { skill: s })}
                  onClick={() => onChange(skills.filter((x) => x !== s))}>
                  {t('profile_remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="row">
        <label class="grow">
          {t('profile_skill_add_label')}
          <input type="text" id={`${id}-skill`} value={typed} maxLength={1000} placeholder={t('profile_skill_placeholder')}
            aria-describedby={`${id}-skill-help`} data-profile-input="skill"
            onInput={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
        </label>
        <button type="button" onClick={add} data-profile-action="add-skill">{t('profile_skill_add')}</button>
      </div>
      <p id={`${id}-skill-help`} class="muted">{t('profile_skill_help')}</p>
      {problems.length > 0 && (
        <ul role="alert" class="notice problem" data-profile-problems="skills">
          {problems.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
    </fieldset>
  );
}
