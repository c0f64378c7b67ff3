// Domain types of XL Deploy's task API, named as XL Deploy names them. Views
// are written against these types alone; only the XML boundary (parse.ts)
// builds them from response text.

export const TASK_EXECUTION_STATES = [
  'REGISTERED',
  'PENDING',
  'SCHEDULED',
  'QUEUED',
  'EXECUTING',
  'EXECUTED',
  'FAILING',
  'FAILED',
  'STOPPING',
  'STOPPED',
  'ABORTING',
  'ABORTED',
  'DONE',
  'CANCELLED',
] as const;

export const BLOCK_EXECUTION_STATES = [
  'PENDING',
  'EXECUTING',
  'STOPPED',
  'FAILING',
  'FAILED',
  'ABORTING',
  'ABORTED',
  'DONE',
] as const;

export const STEP_EXECUTION_STATES = [
  'PENDING',
  'QUEUED',
  'EXECUTING',
  'DONE',
  'FAILED',
  'PAUSED',
  'SKIP',
  'SKIPPED',
] as const;

/**
 * A state the model does not know (a newer server's, say). The text the
 * server sent is kept beside it in `stateText`, so it can be shown verbatim.
 */
export type UnknownState = 'UNKNOWN';

export type KnownTaskExecutionState = (typeof TASK_EXECUTION_STATES)[number];
export type TaskExecutionState = KnownTaskExecutionState | UnknownState;

export type KnownBlockExecutionState = (typeof BLOCK_EXECUTION_STATES)[number];
export type BlockExecutionState = KnownBlockExecutionState | UnknownState;

export type KnownStepExecutionState = (typeof STEP_EXECUTION_STATES)[number];
export type StepExecutionState = KnownStepExecutionState | UnknownState;

/**
 * A date as the server wrote it. `epochMs` is the instant when the text could
 * be read (ISO 8601 with any offset), undefined otherwise; `text` is always
 * the server's own text.
 */
export interface XldDate {
  readonly text: string;
  readonly epochMs: number | undefined;
}

/**
 * Task metadata, one entry per key the server sent. The keys XL Deploy
 * documents are `application`, `environment`, `version`, `taskType` and
 * `environment_id`; newer servers add more, all kept.
 */
export type TaskMetadata = Readonly<Record<string, string>>;

/** What TaskService (v1) and TaskBlockService (v2) tasks have in common. */
export interface TaskBase {
  readonly id: string;
  readonly state: TaskExecutionState;
  /** The state exactly as the server sent it (`state2` where present). */
  readonly stateText: string;
  readonly owner: string | undefined;
  readonly description: string;
  readonly failures: number;
  readonly startDate: XldDate | undefined;
  readonly completionDate: XldDate | undefined;
  readonly scheduledDate: XldDate | undefined;
  readonly metadata: TaskMetadata;
}

/** TaskService's view of a task: flat step counters. */
export interface TaskState extends TaskBase {
  readonly currentStep: number;
  readonly totalSteps: number;
  /**
   * Positions (1-based) of the running steps; several while blocks run in
   * parallel. Servers also list `0` before the start and the last step once
   * executed; `taskProgress` reads them.
   */
  readonly currentSteps: readonly number[];
}

/** TaskService's task with its flat list of steps. */
export interface TaskWithSteps extends TaskState {
  readonly steps: readonly StepState[];
}

/** TaskBlockService's view of a task: the plan as a tree of blocks. */
export interface TaskWithBlock extends TaskBase {
  /** Paths of the executing blocks, as the server lists them. */
  readonly activeBlocks: readonly string[];
  readonly block: BlockState | undefined;
}

interface BlockBase {
  /** The block path (`0_1_1`, or `1-1` on old servers): opaque. */
  readonly id: string;
  readonly state: BlockExecutionState;
  readonly stateText: string;
  readonly description: string;
}

/** A block with child blocks; a phase (XL Deploy 5.0+) is one of these. */
export interface CompositeBlockState extends BlockBase {
  readonly kind: 'composite';
  readonly phase: boolean;
  readonly parallel: boolean;
  readonly blocks: readonly BlockState[];
}

/** A block of steps, as it stands in the task's tree: without its steps. */
export interface StepBlockSummary extends BlockBase {
  readonly kind: 'step';
}

export type BlockState = CompositeBlockState | StepBlockSummary;

/** A step block with its steps (`…/block/{path}/step`). */
export interface StepBlockState extends BlockBase {
  /** The active step's number when the block started; 0 if not started. */
  readonly current: number;
  readonly steps: readonly StepState[];
}

export interface StepState {
  readonly state: StepExecutionState;
  readonly stateText: string;
  readonly failures: number;
  readonly description: string;
  readonly startDate: XldDate | undefined;
  readonly completionDate: XldDate | undefined;
  readonly log: string;
  readonly metadata: Readonly<Record<string, string>>;
}

/**
 * A deployment preview (`POST /deployment/preview`): not a task yet, but
 * its steps have the shape of a TaskWithSteps' steps.
 */
export interface DeploymentPreview {
  /** `deployment-<uuid>`: the preview's id, not a task id. */
  readonly id: string;
  readonly steps: readonly StepState[];
}
