// The dashboard section in the URL hash (#listings), so a section can be linked and the
// browser's back button works.
import { useEffect, useState } from 'preact/hooks';

export const SECTIONS = [
  { id: 'overview', key: 'section_overview' },
  { id: 'listings', key: 'section_listings' },
  { id: 'compare', key: 'section_compare' },
  { id: 'plan', key: 'plan_section' },
  { id: 'connects', key: 'section_connects' },
  { id: 'share', key: 'section_share' },
  { id: 'datasets', key: 'section_datasets' },
  { id: 'settings', key: 'section_settings' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

const fromHash = (): SectionId => {
  const id = location.hash.slice(1);
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : 'overview';
};

export function useSection(): [SectionId, (id: SectionId) => void] {
  const [section, setSection] = useState<SectionId>(fromHash);
  useEffect(() => {
    const onHash = () => setSection(fromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const go = (id: SectionId) => {
    if (location.hash !== `#${id}`) history.pushState(null, '', `#${id}`);
    setSection(id);
  };
  return [section, go];
}
