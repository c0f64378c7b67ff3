// The XML boundary: response text in, domain types out. Nothing else in the
// app reads fast-xml-parser's output.
import { XMLParser } from 'fast-xml-parser';
import type { TaskState, XldDate } from './types.ts';
import { toTaskExecutionState } from './states.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  ignoreDeclaration: true,
  processEntities: true,
  isArray: (name, jpath) => String(jpath) === 'list.task' || name === 'current',
});

type Node = Record<string, unknown>;

function asNode(value: unknown): Node {
  return typeof value === 'object' && value !== null ? (value as Node) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function toDate(value: unknown): XldDate | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const iso = value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  const epochMs = Date.parse(iso);
  return { text: value, epochMs: Number.isNaN(epochMs) ? undefined : epochMs };
}

function toTaskState(node: Node): TaskState {
  const stateText = text(node.state2) || text(node.state);
  const metadata = asNode(node.metadata);
  return {
    id: text(node.id),
    state: toTaskExecutionState(stateText),
    stateText,
    owner: text(node.owner) || undefined,
    description: text(node.description),
    failures: Number(node.failures ?? 0),
    startDate: toDate(node.startDate),
    completionDate: toDate(node.completionDate),
    scheduledDate: toDate(node.scheduledDate),
    metadata: Object.fromEntries(
      Object.entries(metadata).map(([key, value]) => [key, text(value)]),
    ),
    currentStep: Number(node.currentStep ?? 0),
    totalSteps: Number(node.totalSteps ?? 0),
    currentSteps: [],
  };
}

export function parseTaskState(xml: string): TaskState {
  return toTaskState(asNode(asNode(parser.parse(xml)).task));
}

export function parseTaskStateList(xml: string): TaskState[] {
  const list = asNode(asNode(parser.parse(xml)).list);
  const tasks = Array.isArray(list.task) ? (list.task as unknown[]) : [];
  return tasks.map((task) => toTaskState(asNode(task)));
}
