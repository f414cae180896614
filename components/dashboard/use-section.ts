// The dashboard section in the URL hash (#listings), so a section can be linked and the
// browser's back button works.
import { useEffect, useState } from 'preact/hooks';

export const SECTIONS = [
  { id: 'overview', name: 'Overview' },
  { id: 'listings', name: 'Listings' },
  { id: 'compare', name: 'Compare periods' },
  { id: 'connects', name: 'Connects' },
  { id: 'share', name: 'Share' },
  { id: 'datasets', name: 'Datasets' },
  { id: 'settings', name: 'Settings' },
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
