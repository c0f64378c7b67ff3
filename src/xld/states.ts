// Task, block and step states and the questions views ask of them.
import { TASK_EXECUTION_STATES, type TaskExecutionState } from './types.ts';

const KNOWN_TASK_STATES: ReadonlySet<string> = new Set(TASK_EXECUTION_STATES);

export function toTaskExecutionState(text: string): TaskExecutionState {
  return KNOWN_TASK_STATES.has(text) ? (text as TaskExecutionState) : 'UNKNOWN';
}
