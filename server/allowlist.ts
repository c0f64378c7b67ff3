// What the proxy forwards to XL Deploy: exactly the task reads the dashboard
// uses, and starting a task when the team switched actions on. Paths are
// matched strictly on their raw text, before any decoding, so that encoded
// slashes, dot segments and doubled slashes cannot reach another endpoint.

export type Route =
  | { readonly kind: 'read'; readonly path: string; readonly query: string }
  | { readonly kind: 'start'; readonly path: string; readonly taskId: string }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Task ids are UUIDs on real servers; any id of safe characters passes but
 * the names of XL Deploy's collections, so that `/task/export` (every task
 * with its steps) cannot pass for a task.
 */
const ID =
  '(?!(?:current|export|query)(?:/|$))([A-Za-z0-9][A-Za-z0-9_-]{0,127})';
/** v1 step ids: 1-based positions. */
const STEP_NUMBER = '\\d{1,6}';
/** v2 block and step paths: `0_1_1` (5.0+) or `1-1-1` (4.x). */
const PATH = '[A-Za-z0-9][A-Za-z0-9_-]{0,255}';

const READS: readonly RegExp[] = [
  /^\/task\/current$/,
  /^\/task\/current\/all$/,
  new RegExp(`^/task/${ID}$`),
  new RegExp(`^/task/${ID}/step$`),
  new RegExp(`^/task/${ID}/step/${STEP_NUMBER}$`),
  /^\/tasks\/v2\/current$/,
  /^\/tasks\/v2\/current\/all$/,
  /^\/tasks\/v2\/query$/,
  new RegExp(`^/tasks/v2/${ID}$`),
  new RegExp(`^/tasks/v2/${ID}/block/${PATH}$`),
  new RegExp(`^/tasks/v2/${ID}/block/${PATH}/step$`),
  new RegExp(`^/tasks/v2/${ID}/step/${PATH}$`),
  new RegExp(`^/tasks/v2/${ID}/step-log/${PATH}$`),
];

const STARTS: readonly RegExp[] = [
  new RegExp(`^/task/${ID}/start$`),
  new RegExp(`^/tasks/v2/${ID}/start$`),
];

const PREFIX = '/deployit/';

/** The archive query's parameters (dates and paging) and their values. */
const QUERY_PATH = '/tasks/v2/query';
const QUERY_NAMES: ReadonlySet<string> = new Set([
  'begindate',
  'enddate',
  'page',
  'resultsPerPage',
]);
const QUERY_VALUE = /^[A-Za-z0-9:.+-]{0,40}$/;

export const START_SWITCHED_OFF =
  'Starting tasks is switched off on this dashboard. The team that runs ' +
  'its server can switch it on with XLD_ALLOW_START=true.';

function refused(reason: string): Route {
  return { kind: 'refused', reason };
}

function notForwarded(method: string, rawUrl: string): Route {
  const shown = rawUrl.length > 200 ? `${rawUrl.slice(0, 200)}…` : rawUrl;
  return refused(
    `The dashboard's proxy does not forward ${method} ${shown}: it allows ` +
      `only the task reads the dashboard uses.`,
  );
}

/** The path below the REST root, or undefined when it is not clean. */
function cleanPath(rawPath: string): string | undefined {
  const path = rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
  const unsafe = /[^A-Za-z0-9/_-]|\/\//.test(path);
  return unsafe ? undefined : path;
}

/** The query in a canonical order, or undefined when it is not allowed. */
function cleanQuery(path: string, rawQuery: string): string | undefined {
  if (rawQuery === '') return '';
  if (path !== QUERY_PATH) return undefined;

  const params = new URLSearchParams(rawQuery);
  for (const [name, value] of params) {
    if (!QUERY_NAMES.has(name) || !QUERY_VALUE.test(value)) return undefined;
  }
  params.sort();
  return `?${params.toString()}`;
}

/**
 * The route of a request below `/deployit`: `rawUrl` is the request's URL
 * as it arrived, path and query, starting with `/deployit`.
 */
export function routeDeployit(
  method: string,
  rawUrl: string,
  allowStart: boolean,
): Route {
  const [rawPath = '', rawQuery = ''] = rawUrl.split(/\?(.*)/s, 2);
  const path = rawPath.startsWith(PREFIX)
    ? cleanPath(rawPath.slice(PREFIX.length - 1))
    : undefined;
  if (path === undefined) return notForwarded(method, rawUrl);

  if (READS.some((pattern) => pattern.test(path))) {
    if (method !== 'GET') return notForwarded(method, rawUrl);
    const query = cleanQuery(path, rawQuery);
    if (query === undefined) return notForwarded(method, rawUrl);
    return { kind: 'read', path, query };
  }

  const start = STARTS.map((pattern) => pattern.exec(path)).find(Boolean);
  if (start?.[1] !== undefined && method === 'POST' && rawQuery === '') {
    if (!allowStart) return refused(START_SWITCHED_OFF);
    return { kind: 'start', path, taskId: start[1] };
  }
  return notForwarded(method, rawUrl);
}
