// The Connects ledger in full (components/connects): what the user spent per month and
// category and what it bought. The ledger is the user's own: datasets carry none.
import { Ledger } from '../connects/Ledger';

export function ConnectsView({ now }: { now: number }) {
  return (
    <div data-section="connects">
      <Ledger now={now} />
    </div>
  );
}
