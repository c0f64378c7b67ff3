// The HTTP client of XL Deploy's task API, as seen through the proxy.
import type { TaskState } from './types.ts';
import { parseTaskStateList } from './parse.ts';

export interface XldClient {
  currentTasks(signal?: AbortSignal): Promise<TaskState[]>;
}

export function createXldClient(basePath = '/deployit'): XldClient {
  return {
    async currentTasks(signal) {
      const response = await fetch(`${basePath}/task/current/all`, {
        headers: { Accept: 'application/xml' },
        signal,
      });
      if (!response.ok) {
        throw new Error(`XL Deploy answered ${response.status}`);
      }
      return parseTaskStateList(await response.text());
    },
  };
}
