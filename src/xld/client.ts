// The HTTP client of XL Deploy's task API, as seen through the proxy: one
// method per endpoint the dashboard uses, each returning domain types or
// throwing an XldRequestError whose message reads well on a wall screen.
import { XldRequestError, XldResponseError } from './errors.ts';
import {
  exchange,
  type Answer,
  type Exchange,
  type HttpSettings,
} from './http.ts';
import {
  parseBlockState,
  parseStepBlockState,
  parseStepLog,
  parseStepState,
  parseTaskState,
  parseTaskStateList,
  parseTaskWithBlock,
  parseTaskWithBlockList,
} from './parse.ts';
import type {
  BlockState,
  StepBlockState,
  StepState,
  TaskState,
  TaskWithBlock,
} from './types.ts';

/** Paging and dates of the archive query (`/tasks/v2/query`). */
export interface ArchiveQuery {
  /** `YYYY-MM-DD`, inclusive; omitted means no limit. */
  readonly begindate?: string;
  readonly enddate?: string;
  /** 1-based. */
  readonly page?: number;
  readonly resultsPerPage?: number;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface XldClient {
  /** TaskService `/task/current/all`: every current task, with counters. */
  currentTasks(options?: RequestOptions): Promise<TaskState[]>;
  /** TaskService `/task/{id}`. */
  task(id: string, options?: RequestOptions): Promise<TaskState>;
  /** TaskService `POST /task/{id}/start`. */
  startTask(id: string, options?: RequestOptions): Promise<void>;
  /** TaskBlockService `/tasks/v2/{id}`: the task with its block tree. */
  taskWithBlock(id: string, options?: RequestOptions): Promise<TaskWithBlock>;
  /** TaskBlockService `/tasks/v2/{id}/block/{path}`: one block, no steps. */
  block(
    id: string,
    blockPath: string,
    options?: RequestOptions,
  ): Promise<BlockState>;
  /** TaskBlockService `/tasks/v2/{id}/block/{path}/step`. */
  blockSteps(
    id: string,
    blockPath: string,
    options?: RequestOptions,
  ): Promise<StepBlockState>;
  /** TaskBlockService `/tasks/v2/{id}/step/{path}`. */
  step(
    id: string,
    stepPath: string,
    options?: RequestOptions,
  ): Promise<StepState>;
  /** TaskBlockService `/tasks/v2/{id}/step-log/{path}`: the log text. */
  stepLog(
    id: string,
    stepPath: string,
    options?: RequestOptions,
  ): Promise<string>;
  /** TaskBlockService `/tasks/v2/query`: archived tasks. */
  archivedTasks(
    query: ArchiveQuery,
    options?: RequestOptions,
  ): Promise<TaskWithBlock[]>;
}

export interface XldClientOptions {
  /** Where `/deployit` is served; the proxy's path by default. */
  readonly basePath?: string;
  /** Per request, body included; 15 s by default. */
  readonly timeoutMs?: number;
  /** Longest body read; 50 MiB by default. */
  readonly maxBodyBytes?: number;
  readonly fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024;

const XML = 'application/xml';
// The step log comes as JSON `{"log": …}` from current servers;
// plain text is read as the log itself.
const LOG = 'application/json, text/plain;q=0.9, */*;q=0.1';

const segment = encodeURIComponent;

function archiveQueryString(query: ArchiveQuery): string {
  const params = new URLSearchParams();
  if (query.begindate !== undefined) params.set('begindate', query.begindate);
  if (query.enddate !== undefined) params.set('enddate', query.enddate);
  if (query.page !== undefined) params.set('page', String(query.page));
  if (query.resultsPerPage !== undefined) {
    params.set('resultsPerPage', String(query.resultsPerPage));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function createXldClient(options: XldClientOptions = {}): XldClient {
  const settings: HttpSettings = {
    basePath: options.basePath ?? '/deployit',
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    // Called through a closure: a bare `fetch` taken from `window` throws
    // "Illegal invocation" when called as a method of another object.
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
  };

  async function read<T>(
    endpoint: string,
    parse: (answer: Answer) => T,
    { signal }: RequestOptions = {},
    accept = XML,
  ): Promise<T> {
    const request: Exchange = { method: 'GET', endpoint, accept, signal };
    const answer = await exchange(settings, request);
    return parseAnswer(request, answer.status, () => parse(answer));
  }

  return {
    currentTasks: (opts) =>
      read(
        '/task/current/all',
        (answer) => parseTaskStateList(answer.text),
        opts,
      ),
    task: (id, opts) =>
      read(
        `/task/${segment(id)}`,
        (answer) => parseTaskState(answer.text),
        opts,
      ),
    async startTask(id, { signal } = {}) {
      const endpoint = `/task/${segment(id)}/start`;
      await exchange(settings, {
        method: 'POST',
        endpoint,
        accept: XML,
        signal,
      });
    },
    taskWithBlock: (id, opts) =>
      read(
        `/tasks/v2/${segment(id)}`,
        (answer) => parseTaskWithBlock(answer.text),
        opts,
      ),
    block: (id, blockPath, opts) =>
      read(
        `/tasks/v2/${segment(id)}/block/${segment(blockPath)}`,
        (answer) => parseBlockState(answer.text),
        opts,
      ),
    blockSteps: (id, blockPath, opts) =>
      read(
        `/tasks/v2/${segment(id)}/block/${segment(blockPath)}/step`,
        (answer) => parseStepBlockState(answer.text),
        opts,
      ),
    step: (id, stepPath, opts) =>
      read(
        `/tasks/v2/${segment(id)}/step/${segment(stepPath)}`,
        (answer) => parseStepState(answer.text),
        opts,
      ),
    stepLog: (id, stepPath, opts) =>
      read(
        `/tasks/v2/${segment(id)}/step-log/${segment(stepPath)}`,
        (answer) => parseStepLog(answer.text, answer.contentType),
        opts,
        LOG,
      ),
    archivedTasks: (query, opts) =>
      read(
        `/tasks/v2/query${archiveQueryString(query)}`,
        (answer) => parseTaskWithBlockList(answer.text),
        opts,
      ),
  };
}

/** Runs a parser on an answer; an unreadable one becomes a request error. */
function parseAnswer<T>(request: Exchange, status: number, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof XldResponseError)) throw error;
    throw new XldRequestError({
      kind: 'invalid-response',
      message: `XL Deploy's answer could not be read. ${error.message}`,
      status,
      endpoint: request.endpoint,
      cause: error,
    });
  }
}
