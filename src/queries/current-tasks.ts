// The list of current tasks, polled while the overview is on screen.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createXldClient } from '../xld/client.ts';

const client = createXldClient();

export const POLL_INTERVAL_MS = 1000;

export const currentTasksQuery = queryOptions({
  queryKey: ['tasks', 'current'],
  queryFn: ({ signal }) => client.currentTasks({ signal }),
  refetchInterval: POLL_INTERVAL_MS,
  refetchIntervalInBackground: true,
});

export function useCurrentTasks() {
  return useQuery(currentTasksQuery);
}
