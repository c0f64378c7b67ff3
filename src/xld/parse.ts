// The XML boundary: response text in, domain types out. Nothing else in the
// app reads fast-xml-parser's output. Every function is pure and throws
// nothing but XldResponseError, naming what was wrong.
import { toBlockState, toStepBlockState } from './map-block.ts';
import { toStepState } from './map-step.ts';
import { toTaskState, toTaskWithBlock, toTaskWithSteps } from './map-task.ts';
import type {
  BlockState,
  DeploymentPreview,
  StepBlockState,
  StepState,
  TaskState,
  TaskWithBlock,
  TaskWithSteps,
} from './types.ts';
import { XldResponseError } from './errors.ts';
import { readXmlDocument, type ParseOptions } from './xml-document.ts';
import { readList, readText } from './xml-fields.ts';

export type { ParseOptions } from './xml-document.ts';

function readRoot(xml: string, name: string, options?: ParseOptions) {
  return readXmlDocument(xml, [name], options).root;
}

/** `<list>` of `<task>`; `<list/>` is an empty list, one task a list of one. */
function readTaskList(xml: string, options?: ParseOptions): readonly unknown[] {
  return readList(readRoot(xml, 'list', options), 'task');
}

/** TaskService `/task/{id}`. */
export function parseTaskState(xml: string, options?: ParseOptions): TaskState {
  return toTaskState(readRoot(xml, 'task', options));
}

/** TaskService `/task/current`, `/task/current/all`, `/task/query`. */
export function parseTaskStateList(
  xml: string,
  options?: ParseOptions,
): TaskState[] {
  return readTaskList(xml, options).map(toTaskState);
}

/** TaskService `/task/{id}/step`. */
export function parseTaskWithSteps(
  xml: string,
  options?: ParseOptions,
): TaskWithSteps {
  return toTaskWithSteps(readRoot(xml, 'task', options));
}

/** TaskService `/task/export`. */
export function parseTaskWithStepsList(
  xml: string,
  options?: ParseOptions,
): TaskWithSteps[] {
  return readTaskList(xml, options).map(toTaskWithSteps);
}

/** TaskBlockService `/tasks/v2/{id}`. */
export function parseTaskWithBlock(
  xml: string,
  options?: ParseOptions,
): TaskWithBlock {
  return toTaskWithBlock(readRoot(xml, 'task', options));
}

/** TaskBlockService `/tasks/v2/current/all`, `/tasks/v2/query`. */
export function parseTaskWithBlockList(
  xml: string,
  options?: ParseOptions,
): TaskWithBlock[] {
  return readTaskList(xml, options).map(toTaskWithBlock);
}

/** TaskBlockService `/tasks/v2/{id}/block/{path}`. */
export function parseBlockState(
  xml: string,
  options?: ParseOptions,
): BlockState {
  return toBlockState(readRoot(xml, 'block', options));
}

/** TaskBlockService `/tasks/v2/{id}/block/{path}/step`. */
export function parseStepBlockState(
  xml: string,
  options?: ParseOptions,
): StepBlockState {
  return toStepBlockState(readRoot(xml, 'block', options));
}

/** `/task/{id}/step/{n}` and `/tasks/v2/{id}/step/{path}`. */
export function parseStepState(xml: string, options?: ParseOptions): StepState {
  return toStepState(readRoot(xml, 'step', options));
}

/** `POST /deployment/preview`. */
export function parseDeploymentPreview(
  xml: string,
  options?: ParseOptions,
): DeploymentPreview {
  const root = readRoot(xml, 'preview', options);
  return {
    id: readText(root.id)?.trim() ?? '',
    steps: readList(root.steps, 'step').map(toStepState),
  };
}

/**
 * TaskBlockService `/tasks/v2/{id}/step-log/{path}` (10.3+): JSON
 * `{"log": "…"}`, or plain text taken as the log itself. An HTML page
 * (a proxy's login form answering 200) is not a log.
 */
export function parseStepLog(text: string, contentType = ''): string {
  const type = contentType.toLowerCase();
  const start = text.trimStart();
  if (type.includes('json') || start.startsWith('{')) {
    return readJsonLog(text);
  }
  if (type.includes('html') || /^<(!doctype|html)\b/i.test(start)) {
    throw new XldResponseError(
      'The response is not a step log: got an HTML page (perhaps from a ' +
        'proxy or a login form).',
    );
  }
  return text;
}

function readJsonLog(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new XldResponseError('The response is not JSON: expected {"log"}.');
  }
  const log =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>).log
      : undefined;
  if (typeof log !== 'string') {
    throw new XldResponseError(
      'The response is not a step log: expected {"log": "…"}.',
    );
  }
  return log;
}
