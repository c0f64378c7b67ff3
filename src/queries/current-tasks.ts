// Every current task, with one request per poll however many there are.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TaskState } from '../xld/types.ts';
import { nextPollDelay } from './polling.ts';
import { isActive } from '../xld/states.ts';
import { xldClient } from './xld-client.ts';

export const currentTasksKey = ['tasks', 'current'] as const;

function anyActive(tasks: readonly TaskState[] | undefined): boolean {
  return tasks?.some((task) => isActive(task.state)) ?? false;
}

export const currentTasksQuery = queryOptions({
  queryKey: currentTasksKey,
  queryFn: ({ signal }) => xldClient.currentTasks({ signal }),
  refetchInterval: (query) => nextPollDelay(query, anyActive(query.state.data)),
  // A wall screen often counts as a hidden tab: keep polling.
  refetchIntervalInBackground: true,
  // The interval retries with its own backoff, so that a failure shows at
  // once instead of after a hidden series of retries.
  retry: false,
});

export function useCurrentTasks() {
  return useQuery(currentTasksQuery);
}
