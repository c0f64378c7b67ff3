// Maps a parsed `<step>` element (StepState) and the fields steps share with
// tasks: state text, dates, logs.
import { parseXldDate } from './dates.ts';
import { toStepExecutionState } from './states.ts';
import type { StepState, XldDate } from './types.ts';
import { asNode } from './xml-document.ts';
import { decodeRawText, readCount, readMap, readText } from './xml-fields.ts';

/** A date element, or undefined when absent or empty. */
export function readDate(value: unknown): XldDate | undefined {
  const text = readText(value);
  return text === undefined || text.trim() === ''
    ? undefined
    : parseXldDate(text);
}

/** The state text as sent, trimmed; '' when absent. */
export function readStateText(value: unknown): string {
  return readText(value)?.trim() ?? '';
}

/**
 * A log, kept raw by the parser so that its leading spaces and line breaks
 * survive; CDATA and entities are decoded here.
 */
export function readLog(value: unknown): string {
  if (typeof value === 'string') return decodeRawText(value);
  if (Array.isArray(value)) return readLog(value[0]);
  if (typeof value === 'object' && value !== null) {
    return readLog(asNode(value)['#text']);
  }
  return '';
}

export function toStepState(value: unknown): StepState {
  const node = asNode(value);
  const stateText = readStateText(node.state);
  return {
    state: toStepExecutionState(stateText),
    stateText,
    failures: readCount(node.failures) ?? 0,
    description: readText(node.description) ?? '',
    startDate: readDate(node.startDate),
    completionDate: readDate(node.completionDate),
    log: readLog(node.log),
    metadata: readMap(node.metadata),
  };
}
