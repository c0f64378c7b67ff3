// The archive query (`/task/query`, `/tasks/v2/query`): archived tasks whose
// start lies within `begindate` and `enddate` (inclusive UTC days), oldest
// first, optionally paged (REFERENCE §3, A-7).
import type { Engine } from './engine.ts';
import { textResponse } from './http-responses.ts';
import type { SimTask } from './model.ts';
import { parseDay } from './request-body.ts';

/** `xl.rest.api.maxPageSize`'s default. */
const MAX_PAGE_SIZE = 1000;

function positiveInt(value: string | null): number | undefined | 'invalid' {
  if (value === null || value === '') return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : 'invalid';
}

export function queryArchive(engine: Engine, url: URL): SimTask[] | Response {
  const params = url.searchParams;
  const begin = parseDay(params.get('begindate'), false);
  const end = parseDay(params.get('enddate'), true);
  if (begin === 'invalid' || end === 'invalid') {
    return textResponse(400, 'begindate and enddate must be YYYY-MM-DD');
  }
  const page = positiveInt(params.get('page'));
  const size = positiveInt(params.get('resultsPerPage'));
  if (page === 'invalid' || size === 'invalid') {
    return textResponse(
      400,
      'page and resultsPerPage must be positive integers',
    );
  }

  const found = engine
    .archivedTasks()
    .filter((task) => {
      const start = task.startedAt ?? task.createdAt;
      return start >= (begin ?? -Infinity) && start <= (end ?? Infinity);
    })
    .sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0));

  if (page === undefined && size === undefined) return found;
  const perPage = Math.min(size ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const first = ((page ?? 1) - 1) * perPage;
  return found.slice(first, first + perPage);
}
