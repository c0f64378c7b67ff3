// One task in detail: its counters, its block tree, the steps of the step
// blocks a person opened, and the log of the step they look at.
import {
  queryOptions,
  useQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { openStepBlocks, topBlocks } from '../components/block-tree-model.ts';
import type { StepBlockState, TaskWithBlock } from '../xld/types.ts';
import { ACTIVE_POLL_MS, nextPollDelay } from './polling.ts';
import { isActive, isActiveBlock, isActiveStep } from '../xld/states.ts';
import { xldClient } from './xld-client.ts';

export const taskKey = (id: string) => ['tasks', id] as const;

export function taskStateQuery(id: string) {
  return queryOptions({
    queryKey: [...taskKey(id), 'state'],
    queryFn: ({ signal }) => xldClient.task(id, { signal }),
    refetchInterval: (query) =>
      nextPollDelay(query, isActive(query.state.data?.state ?? 'UNKNOWN')),
    refetchIntervalInBackground: true,
    retry: false,
  });
}

/**
 * Starts reading the steps of the step blocks the plan opens by default
 * (running and failed ones) as soon as the tree arrives, so that the
 * request of a large block runs while the tree is drawn, not after it.
 * Only blocks never read are fetched here: once a block is on screen, its
 * own query polls it.
 */
function prefetchOpenStepBlocks(client: QueryClient, task: TaskWithBlock) {
  for (const blockId of openStepBlocks(topBlocks(task), new Map())) {
    const options = blockStepsQuery(task.id, blockId);
    if (client.getQueryState(options.queryKey) !== undefined) continue;
    // A failure shows when the block is drawn: its own query reads again.
    client.query(options).catch(() => undefined);
  }
}

export function taskWithBlockQuery(id: string) {
  return queryOptions({
    queryKey: [...taskKey(id), 'blocks'],
    queryFn: async ({ signal, client }) => {
      const task = await xldClient.taskWithBlock(id, { signal });
      prefetchOpenStepBlocks(client, task);
      return task;
    },
    refetchInterval: (query) =>
      nextPollDelay(query, isActive(query.state.data?.state ?? 'UNKNOWN')),
    refetchIntervalInBackground: true,
    retry: false,
  });
}

function anyStepActive(block: StepBlockState | undefined): boolean {
  if (block === undefined) return false;
  return (
    isActiveBlock(block.state) ||
    block.steps.some((step) => isActiveStep(step.state))
  );
}

/**
 * Steps of one step block; fetched while the block is open, and once ahead
 * for the blocks open by default.
 */
export function blockStepsQuery(id: string, blockPath: string) {
  return queryOptions({
    queryKey: [...taskKey(id), 'block', blockPath, 'steps'],
    queryFn: ({ signal }) => xldClient.blockSteps(id, blockPath, { signal }),
    // Steps read ahead, just before their block is drawn, are not read
    // again when it is; polling keeps them current from then on.
    staleTime: ACTIVE_POLL_MS,
    refetchInterval: (query) =>
      nextPollDelay(query, anyStepActive(query.state.data)),
    refetchIntervalInBackground: true,
    retry: false,
  });
}

export function stepLogQuery(id: string, stepPath: string, running: boolean) {
  return queryOptions({
    queryKey: [...taskKey(id), 'step', stepPath, 'log'],
    queryFn: ({ signal }) => xldClient.stepLog(id, stepPath, { signal }),
    // A finished step's log does not change; a running one grows.
    refetchInterval: running ? (query) => nextPollDelay(query, true) : false,
    refetchIntervalInBackground: true,
    staleTime: running ? 0 : Infinity,
    retry: false,
  });
}

export function useTaskState(id: string) {
  return useQuery(taskStateQuery(id));
}

export function useTaskWithBlock(id: string) {
  return useQuery(taskWithBlockQuery(id));
}

export function useBlockSteps(id: string, blockPath: string) {
  return useQuery(blockStepsQuery(id, blockPath));
}

export function useStepLog(id: string, stepPath: string, running: boolean) {
  return useQuery(stepLogQuery(id, stepPath, running));
}

export type { TaskWithBlock };
