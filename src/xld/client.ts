// The HTTP client of XL Deploy's task API, as seen through the proxy.
//
// TODO: skeleton only. The contract below is what the query layer codes
// against; the full implementation (timeouts, typed errors, every endpoint)
// replaces the bodies.
import type {
  StepBlockState,
  StepState,
  TaskState,
  TaskWithBlock,
} from './types.ts';
import { parseTaskStateList } from './parse.ts';

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
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

function notYet(): Promise<never> {
  return Promise.reject(new Error('Not implemented yet'));
}

export function createXldClient(options: XldClientOptions = {}): XldClient {
  const basePath = options.basePath ?? '/deployit';
  return {
    async currentTasks({ signal } = {}) {
      const response = await fetch(`${basePath}/task/current/all`, {
        headers: { Accept: 'application/xml' },
        signal: signal ?? null,
      });
      if (!response.ok) {
        throw new Error(`XL Deploy answered ${response.status}`);
      }
      return parseTaskStateList(await response.text());
    },
    task: notYet,
    startTask: notYet,
    taskWithBlock: notYet,
    blockSteps: notYet,
    step: notYet,
    stepLog: notYet,
    archivedTasks: notYet,
  };
}
