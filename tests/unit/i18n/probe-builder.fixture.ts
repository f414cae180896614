// Fixture for no-literals.test.ts: one sentence the scanner must find; keys and classes it must not.
export const probe = ['gl-verdict muted', 'panel_cost', `Marked as done on ${1}.`];
