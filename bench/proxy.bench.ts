// The proxy under a wall of screens: fifty screens poll the current tasks
// on loopback for a few poll intervals, as react-query does (the next poll
// one interval after the last answer, each screen at its own phase).
//
// The upstream is a stand-in that answers at once with a fixed task list, so
// that the latency figures are the proxy's own: added latency is a screen's
// wait through the proxy minus the median wait of a direct request.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { DEFAULT_CACHE_TTL_MS, readProxyConfig } from '../server/config.ts';
import { closeServer, listen } from '../server/listen.ts';
import { createProxy } from '../server/proxy.ts';
import { report } from './report.ts';

const SCREENS = 50;
/** The dashboard's poll interval while tasks move. */
const POLL_MS = DEFAULT_CACHE_TTL_MS;
const INTERVALS = 3;
const PATH = '/deployit/task/current/all';

const TASK_XML = readFileSync(
  new URL(
    '../test/fixtures/xld/taskstate-executed-xldeploy-blog-2014.xml',
    import.meta.url,
  ),
  'utf8',
);
const LIST_XML = `<list>${TASK_XML.repeat(10)}</list>`;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(
    sorted.length - 1,
    Math.floor(sorted.length * fraction),
  );
  return sorted[index] ?? Number.NaN;
}

async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return performance.now() - started;
}

async function directMedianMs(url: string): Promise<number> {
  const latencies: number[] = [];
  for (let request = 0; request < 300; request++) {
    latencies.push(await timedGet(url));
  }
  return percentile(
    latencies.sort((a, b) => a - b),
    0.5,
  );
}

/**
 * One screen: its first poll opens its connection and is not counted, as a
 * wall screen keeps its connection for days.
 */
async function pollAsScreen(url: string, until: number, into: number[]) {
  await sleep(Math.random() * POLL_MS);
  await timedGet(url);
  await sleep(POLL_MS);
  while (performance.now() < until) {
    into.push(await timedGet(url));
    await sleep(POLL_MS);
  }
}

export default async function benchProxy(): Promise<void> {
  let upstreamRequests = 0;
  const upstream = createServer((_request, response) => {
    upstreamRequests++;
    response.writeHead(200, { 'Content-Type': 'application/xml' });
    response.end(LIST_XML);
  });
  const upstreamPort = await listen(upstream, 0, '127.0.0.1');
  const upstreamRoot = `http://127.0.0.1:${upstreamPort}/deployit`;

  const proxy = createProxy(
    readProxyConfig({
      XLD_URL: upstreamRoot,
      XLD_USERNAME: 'bench',
      XLD_PASSWORD: 'bench',
    }),
  );
  const server = createServer((request, response) => {
    proxy.handle(request, response);
  });
  const proxyPort = await listen(server, 0, '127.0.0.1');

  const direct = await directMedianMs(`${upstreamRoot}/task/current/all`);
  const latencies: number[] = [];
  // Counted from the end of the first interval, when every screen polls.
  const counting = sleep(POLL_MS).then(() => {
    upstreamRequests = 0;
  });
  const until = performance.now() + (INTERVALS + 1) * POLL_MS;
  await Promise.all(
    Array.from({ length: SCREENS }, () =>
      pollAsScreen(`http://127.0.0.1:${proxyPort}${PATH}`, until, latencies),
    ),
  );

  await counting;
  await closeServer(server);
  await closeServer(upstream);

  const added = latencies.map((latency) => latency - direct);
  added.sort((a, b) => a - b);
  report(
    'proxy.upstream_requests_per_interval',
    upstreamRequests / INTERVALS,
    'requests',
  );
  report('proxy.added_latency_p50', percentile(added, 0.5), 'ms');
  report('proxy.added_latency_p99', percentile(added, 0.99), 'ms');
}
