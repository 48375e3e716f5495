import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How the server answers a report's POST:
 * - accept: 200;
 * - fail: 500;
 * - hang: never answers (the extension's time limit gives up);
 * - drop: destroys the connection without an answer;
 * - take-and-hang: takes the report in (as accept does), then never answers, as when the answer
 *   is lost on the way back.
 */
export type ReportServerMode = 'accept' | 'fail' | 'hang' | 'drop' | 'take-and-hang';

export interface ReceivedPost {
  path: string;
  /** The Idempotency-Key header, or '' when missing. */
  key: string;
  /** The body exactly as it arrived. */
  raw: string;
  /** The mode the server was in when it arrived, so what it answered. */
  mode: ReportServerMode;
  contentType: string;
  /** Whether the request carried a Cookie header (it never should). */
  cookie: boolean;
}

/**
 * A setting's safeguarding webhook, as a local server for the e2e tests. It answers the CORS
 * preflight the extension's POST needs (JSON with an Idempotency-Key header), records every POST,
 * and treats the Idempotency-Key as a real idempotent receiver would: `deliveredKeys()` is the set
 * of reports it took in, however often each one was sent (`takenCount`). Switch `mode` at any time.
 */
export async function startReportServer() {
  const posts: ReceivedPost[] = [];
  const taken = new Map<string, number>();
  const open = new Set<http.ServerResponse>();
  const stats = { preflights: 0, other: 0 };
  const state: { mode: ReportServerMode } = { mode: 'accept' };

  const server = http.createServer((request, response) => {
    const cors = {
      'Access-Control-Allow-Origin': request.headers.origin ?? '*',
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
      Vary: 'Origin',
    };
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'OPTIONS') {
      stats.preflights += 1;
      response.writeHead(204, cors).end();
      return;
    }
    if (request.method !== 'POST') {
      stats.other += 1;
      response.writeHead(405, cors).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const key = String(request.headers['idempotency-key'] ?? '');
      const mode = state.mode;
      posts.push({
        path,
        key,
        raw: Buffer.concat(chunks).toString('utf8'),
        mode,
        contentType: String(request.headers['content-type'] ?? ''),
        cookie: request.headers.cookie !== undefined,
      });
      if (mode === 'accept' || mode === 'take-and-hang') taken.set(key, (taken.get(key) ?? 0) + 1);
      if (mode === 'accept') {
        response.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end('{"received":true}');
      } else if (mode === 'fail') {
        response.writeHead(500, cors).end('the test server is failing on purpose');
      } else if (mode === 'hang' || mode === 'take-and-hang') {
        open.add(response);
        response.on('close', () => open.delete(response));
      } else {
        request.socket.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://localhost:${port}/hook`,
    origin: `http://localhost:${port}`,
    get mode(): ReportServerMode {
      return state.mode;
    },
    set mode(mode: ReportServerMode) {
      state.mode = mode;
    },
    posts,
    stats,
    /** The distinct reports taken in (by Idempotency-Key), however often each came. */
    deliveredKeys: (): string[] => [...taken.keys()],
    /** How many times the report with this key was taken in. */
    takenCount: (key: string): number => taken.get(key) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of open) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ReportServer = Awaited<ReturnType<typeof startReportServer>>;
