// The Firefox counterpart of Chromium's network log: Firefox sends every HTTP(S) and
// WebSocket request of every context (pages, extension pages, background) to this proxy,
// which records it and tunnels only the two served sites to the local fixture server.
// Anything else is refused here, so it is recorded and never leaves the machine.
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';

export const SITES = ['www.upwork.com:443', 'www.fiverr.com:443'];

export interface RecordingProxy {
  port: number;
  /** `host:port` of each CONNECT (HTTPS, WSS) and the URL of each plain HTTP request. */
  requests: string[];
  close(): Promise<void>;
}

export async function startProxy(sitePort: number): Promise<RecordingProxy> {
  const requests: string[] = [];
  const tunnels = new Set<{ destroy(): void }>();
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('GigLens e2e: no request leaves the machine');
  });
  server.on('connect', (req, client, head) => {
    const target = req.url ?? '';
    requests.push(target);
    if (!SITES.includes(target)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(sitePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    tunnels.add(client).add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => {
      server.closeAllConnections();
      for (const socket of tunnels) socket.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

/** Requests that were bound for anywhere but the two served sites. */
export const leavingRequests = (requests: string[]) => requests.filter((r) => !SITES.includes(r));
