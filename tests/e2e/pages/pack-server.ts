import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local pack server, as a setting or a chain would host its signed pack: it serves whatever
 * `publish` last set, with an ETag, answers If-None-Match with 304 (the browser's cache sends it),
 * allows cross-origin reads (as static hosts do), and counts what it was asked.
 */
export async function startPackServer() {
  let body = '';
  let etag = '"0"';
  let served = 0;
  const stats = { requests: 0, notModified: 0 };
  const server = http.createServer((request, response) => {
    stats.requests += 1;
    const headers = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json', ETag: etag };
    if (request.headers['if-none-match'] === etag) {
      stats.notModified += 1;
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/little-acorns.ssgpack.json`,
    stats,
    publish(text: string) {
      body = text;
      served += 1;
      etag = `"${served}"`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
