// Starting a task: one request per confirmed click, the new state shown at
// once, then the server's own word on the next read.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { TaskState } from '../xld/types.ts';
import { createLogger } from '../log.ts';
import { currentTasksKey } from './current-tasks.ts';
import { taskKey } from './task-detail.ts';
import { xldClient } from './xld-client.ts';

const log = createLogger('start');

/** XL Deploy queues a started task before an executor picks it up. */
function markQueued(task: TaskState): TaskState {
  return { ...task, state: 'QUEUED', stateText: 'QUEUED' };
}

function showQueued(queryClient: QueryClient, id: string): void {
  queryClient.setQueryData<TaskState[]>(currentTasksKey, (tasks) =>
    tasks?.map((task) => (task.id === id ? markQueued(task) : task)),
  );
  queryClient.setQueryData<TaskState>([...taskKey(id), 'state'], (task) =>
    task === undefined ? undefined : markQueued(task),
  );
}

export function useStartTask(id: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationKey: ['start', id],
    mutationFn: () => xldClient.startTask(id),
    onSuccess: () => {
      log.info(`started task ${id}`);
      showQueued(queryClient, id);
    },
    // Success or refusal, the server now knows better than the cache.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: currentTasksKey }),
        queryClient.invalidateQueries({ queryKey: taskKey(id) }),
      ]),
  });
}
