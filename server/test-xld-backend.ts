// Test support: the XL Deploy server behind the recording front.
//
// TODO: a stand-in with one pending task until the simulator's start API
// (`startSimulator({ port })`) settles; then this starts the simulator.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { closeServer, listen } from './listen.ts';

export const PENDING_TASK_ID = 'f9e864f9-cf07-44b6-93d8-f526515f87fa';

const TASK_XML = readFileSync(
  new URL(
    '../test/fixtures/xld/taskstate-pending-apidocs-example.xml',
    import.meta.url,
  ),
  'utf8',
);
const EXPECTED_AUTH = `Basic ${btoa('admin:admin')}`;

export async function startXldBackend(): Promise<{
  port: number;
  close(): Promise<void>;
}> {
  const server = createServer((request, response) => {
    const url = request.url ?? '';
    const xml = { 'Content-Type': 'application/xml' };
    if (request.headers.authorization !== EXPECTED_AUTH) {
      response.writeHead(401, { 'Content-Type': 'text/plain' });
      response.end('Unauthorized');
    } else if (url === '/deployit/task/current/all') {
      response.writeHead(200, xml);
      response.end(`<list>${TASK_XML}</list>`);
    } else if (url === `/deployit/task/${PENDING_TASK_ID}`) {
      response.writeHead(200, xml);
      response.end(TASK_XML);
    } else if (url === `/deployit/tasks/v2/${PENDING_TASK_ID}/start`) {
      response.writeHead(204);
      response.end();
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end(`Not found: ${url}`);
    }
  });
  const port = await listen(server, 0, '127.0.0.1');
  return { port, close: () => closeServer(server) };
}
