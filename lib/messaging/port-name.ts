// The name of the content scripts' port to the background (lib/background/handle-port.ts).
export const PAGE_PORT = 'giglens-page';

/** Characters of embedded state per port message: a part posts within a millisecond or two,
 *  where the whole state (hundreds of KB on a search page) would hold the page for tens. */
export const STATE_PART_CHARS = 32_000;
