// The name of the content scripts' port to the background (lib/background/handle-port.ts).
export const PAGE_PORT = 'giglens-page';
