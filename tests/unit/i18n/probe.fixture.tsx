// Fixture for no-literals.test.ts: three literals the scanner must find, and names it must not.
export const Probe = () => (
  <p title="A tooltip in English" aria-label={`Remove ${'x'} now`}>
    Hello there <span>Upwork</span> <span>{'·'}</span>
  </p>
);
