// Serves the built app from memory. Every file under the build folder is
// read once at start-up, so a request is a lookup by path: nothing a client
// sends can reach a file outside the build. Paths without a file extension
// are the app's own routes (`/tasks/<id>`) and get index.html.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** Vite names the files under assets/ by their content hash. */
const HASHED_PREFIX = '/assets/';
const FOREVER = 'public, max-age=31536000, immutable';

interface StaticFile {
  readonly body: Buffer;
  /** The same body gzipped, when that is worth it. */
  readonly gzipped: Buffer | undefined;
  readonly contentType: string;
  readonly etag: string;
  readonly cacheControl: string;
}

export interface StaticFiles {
  answer(request: IncomingMessage, response: ServerResponse): void;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function toStaticFile(urlPath: string, body: Buffer): StaticFile {
  const contentType =
    CONTENT_TYPES[extname(urlPath).toLowerCase()] ?? 'application/octet-stream';
  const compressible = /^text\/|json|xml|svg/.test(contentType);
  const gzipped =
    compressible && body.length > 1024 ? gzipSync(body) : undefined;
  const hash = createHash('sha256').update(body).digest('base64url');
  return {
    body,
    gzipped,
    contentType,
    etag: `"${hash.slice(0, 22)}"`,
    cacheControl: urlPath.startsWith(HASHED_PREFIX) ? FOREVER : 'no-cache',
  };
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  file: StaticFile,
): void {
  if (request.headers['if-none-match'] === file.etag) {
    response.writeHead(304, {
      ETag: file.etag,
      'Cache-Control': file.cacheControl,
    });
    response.end();
    return;
  }
  const gzip =
    file.gzipped !== undefined &&
    /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const body = gzip ? file.gzipped : file.body;
  response.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': String(body.length),
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function sendPlain(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(status === 405 ? { Allow: 'GET, HEAD' } : {}),
  });
  response.end(text);
}

/** The request's path, decoded; undefined when it cannot be decoded. */
function requestPath(request: IncomingMessage): string | undefined {
  const raw = (request.url ?? '/').split('?', 1)[0] ?? '/';
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

export async function loadStaticFiles(folder: string): Promise<StaticFiles> {
  const files = new Map<string, StaticFile>();
  for (const path of await listFiles(folder)) {
    const urlPath = `/${relative(folder, path).split(sep).join('/')}`;
    // Dot files (.DS_Store, .gitkeep) are no part of the app.
    if (urlPath.includes('/.')) continue;
    files.set(urlPath, toStaticFile(urlPath, await readFile(path)));
  }
  const found = files.get('/index.html');
  if (found === undefined) {
    throw new Error(
      `No index.html in ${folder}: run \`npm run build\` before serving.`,
    );
  }
  const index: StaticFile = found;

  function answer(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendPlain(response, 405, 'The dashboard answers GET and HEAD only.');
      return;
    }
    const path = requestPath(request);
    if (path === undefined) {
      sendPlain(response, 400, 'The path is not valid URL encoding.');
      return;
    }
    const file = files.get(path.endsWith('/') ? `${path}index.html` : path);
    if (file !== undefined) send(request, response, file);
    else if (extname(path) === '') send(request, response, index);
    else sendPlain(response, 404, `No file ${path} in the dashboard.`);
  }

  return { answer };
}
