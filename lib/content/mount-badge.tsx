// Renders a badge with Preact into its own shadow root, so the page's CSS cannot break it
// nor it the page.
import { render } from 'preact';
import { Badge, type BadgeProps } from '@/components/badge/Badge';
import { BADGE_CSS } from '@/components/badge/badge-css';
import type { BadgeSlot } from '../model/site';

export interface BadgeHandle {
  update(props: BadgeProps): void;
  remove(): void;
}

export const BADGE_TAG = 'giglens-badge';

export function mountBadge(slot: BadgeSlot, props: BadgeProps): BadgeHandle {
  const host = document.createElement(BADGE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  const mountPoint = document.createElement('div');
  shadow.append(style, mountPoint);
  // Tiles open the job on click; a click on the badge is for the badge only.
  host.addEventListener('click', (event) => event.stopPropagation());
  slot.parent.insertBefore(host, slot.before);
  render(<Badge {...props} />, mountPoint);
  return {
    update: (next) => render(<Badge {...next} />, mountPoint),
    remove: () => {
      render(null, mountPoint);
      host.remove();
    },
  };
}
