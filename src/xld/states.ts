// Task, block and step states and the questions views ask of them. Classes
// follow XL Deploy's state diagrams: active = the engine is working and the
// state changes by itself; passive = waiting for a person; final = no
// further change. A state the model does not know is none of the three.
import {
  BLOCK_EXECUTION_STATES,
  STEP_EXECUTION_STATES,
  TASK_EXECUTION_STATES,
  type BlockExecutionState,
  type StepExecutionState,
  type TaskExecutionState,
} from './types.ts';

const KNOWN_TASK_STATES: ReadonlySet<string> = new Set(TASK_EXECUTION_STATES);
const KNOWN_BLOCK_STATES: ReadonlySet<string> = new Set(BLOCK_EXECUTION_STATES);
const KNOWN_STEP_STATES: ReadonlySet<string> = new Set(STEP_EXECUTION_STATES);

/** The server's state text as a known state, or 'UNKNOWN'; never coerced. */
export function toTaskExecutionState(text: string): TaskExecutionState {
  return KNOWN_TASK_STATES.has(text) ? (text as TaskExecutionState) : 'UNKNOWN';
}

export function toBlockExecutionState(text: string): BlockExecutionState {
  return KNOWN_BLOCK_STATES.has(text)
    ? (text as BlockExecutionState)
    : 'UNKNOWN';
}

export function toStepExecutionState(text: string): StepExecutionState {
  return KNOWN_STEP_STATES.has(text) ? (text as StepExecutionState) : 'UNKNOWN';
}
