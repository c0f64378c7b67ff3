// Generators of XL Deploy documents for the property tests: valid task
// models with the XML a server would write for them, and arbitrary element
// trees. Test-only; written apart from the parser so that a misreading is
// not shared by both.
import fc from 'fast-check';
import type {
  BlockState,
  StepState,
  TaskWithBlock,
  TaskWithSteps,
  XldDate,
} from '../types.ts';
import {
  toBlockExecutionState,
  toStepExecutionState,
  toTaskExecutionState,
} from '../states.ts';

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/** Drops the control characters XML 1.0 does not allow. */
function xmlCharacters(text: string): string {
  let kept = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const allowed =
      code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    if (allowed) kept += text.charAt(index);
  }
  return kept;
}

/** Text a person could have typed: any characters XML allows. */
const anyText = fc
  .string({ unit: 'grapheme', maxLength: 24 })
  .map(xmlCharacters);

/** Element text is trimmed by the parser, except logs. */
const elementText = anyText.map((text) => text.trim());

const stateText = fc.oneof(
  fc.constantFrom('PENDING', 'EXECUTING', 'DONE', 'FAILED', 'STOPPED'),
  fc.stringMatching(/^[A-Z][A-Z_]{0,14}$/),
);

const id = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^[0-9]{1,2}([-_][0-9]{1,2}){0,4}$/),
);

const metadataKey = fc
  .stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,14}$/)
  .filter((key) => !['constructor', 'prototype'].includes(key));

const metadata = fc.dictionary(metadataKey, elementText, { maxKeys: 4 });

const OFFSETS = ['+0000', '+0200', '-0530', '+02:00', 'Z'] as const;

/** A date as a server writes it, and the instant it stands for. */
const date = fc
  .record({
    epochMs: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    offset: fc.constantFrom(...OFFSETS),
  })
  .map(({ epochMs, offset }): XldDate => {
    const sign = offset.startsWith('-') ? -1 : 1;
    const minutes =
      offset === 'Z'
        ? 0
        : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
    const local = new Date(epochMs + minutes * 60_000).toISOString();
    return { text: local.replace('Z', offset), epochMs };
  });

const step: fc.Arbitrary<StepState> = fc
  .record({
    stateText,
    failures: fc.nat(5),
    description: elementText,
    startDate: fc.option(date, { nil: undefined }),
    completionDate: fc.option(date, { nil: undefined }),
    // Logs keep every character, leading spaces and line breaks included.
    log: fc.string({ unit: 'grapheme', maxLength: 40 }).map(xmlCharacters),
    metadata,
  })
  .map((value) => ({ ...value, state: toStepExecutionState(value.stateText) }));

function dateXml(name: string, value: XldDate | undefined): string {
  return value === undefined ? '' : `<${name}>${value.text}</${name}>`;
}

function metadataXml(values: Readonly<Record<string, string>>): string {
  const entries = Object.entries(values)
    .map(([key, value]) => `<${key}>${escapeXml(value)}</${key}>`)
    .join('');
  return `<metadata>${entries}</metadata>`;
}

export function stepXml(value: StepState): string {
  return (
    `<step failures="${value.failures}" state="${escapeXml(value.stateText)}">` +
    `<description>${escapeXml(value.description)}</description>` +
    dateXml('startDate', value.startDate) +
    dateXml('completionDate', value.completionDate) +
    `<log>${escapeXml(value.log)}</log>${metadataXml(value.metadata)}</step>`
  );
}

const taskFields = {
  id,
  stateText,
  owner: fc.option(fc.stringMatching(/^[a-z][a-z.]{0,10}$/), {
    nil: undefined,
  }),
  description: elementText,
  failures: fc.nat(9),
  startDate: fc.option(date, { nil: undefined }),
  completionDate: fc.option(date, { nil: undefined }),
  scheduledDate: fc.option(date, { nil: undefined }),
  metadata,
};

export const taskWithSteps: fc.Arbitrary<TaskWithSteps> = fc
  .record({
    ...taskFields,
    currentStep: fc.nat(50),
    totalSteps: fc.nat(50),
    currentSteps: fc.array(fc.nat(50), { maxLength: 3 }),
    steps: fc.array(step, { maxLength: 4 }),
  })
  .map((task) => ({ ...task, state: toTaskExecutionState(task.stateText) }));

function taskOpenTag(task: TaskWithSteps | TaskWithBlock, extra: string) {
  const owner =
    task.owner === undefined ? '' : ` owner="${escapeXml(task.owner)}"`;
  return (
    `<task id="${escapeXml(task.id)}" failures="${task.failures}" ` +
    `state="LEGACY" state2="${escapeXml(task.stateText)}"${owner}${extra}>` +
    `<description>${escapeXml(task.description)}</description>` +
    dateXml('startDate', task.startDate) +
    dateXml('completionDate', task.completionDate) +
    dateXml('scheduledDate', task.scheduledDate)
  );
}

export function taskWithStepsXml(task: TaskWithSteps): string {
  const current = task.currentSteps
    .map((position) => `<current>${position}</current>`)
    .join('');
  return (
    taskOpenTag(
      task,
      ` currentStep="${task.currentStep}" totalSteps="${task.totalSteps}"`,
    ) +
    `<currentSteps>${current}</currentSteps>${metadataXml(task.metadata)}` +
    `<steps>${task.steps.map(stepXml).join('')}</steps></task>`
  );
}

const blockFields = fc
  .record({ id, stateText, description: elementText })
  .map((fields) => ({
    ...fields,
    state: toBlockExecutionState(fields.stateText),
  }));

const { block } = fc.letrec<{ block: BlockState }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    blockFields.map((fields) => ({ kind: 'step' as const, ...fields })),
    fc
      .record({
        fields: blockFields,
        phase: fc.boolean(),
        parallel: fc.boolean(),
        blocks: fc.array(tie('block'), { minLength: 1, maxLength: 3 }),
      })
      .map(({ fields, ...rest }) => ({
        kind: 'composite' as const,
        ...fields,
        ...rest,
      })),
  ),
}));

export function blockXml(value: BlockState): string {
  const attributes =
    `id="${escapeXml(value.id)}" state="${escapeXml(value.stateText)}" ` +
    `description="${escapeXml(value.description)}"`;
  if (value.kind === 'step') return `<block ${attributes}/>`;
  return (
    `<block ${attributes} parallel="${value.parallel}"` +
    `${value.phase ? ' phase="true"' : ''}>` +
    `${value.blocks.map(blockXml).join('')}</block>`
  );
}

export const taskWithBlock: fc.Arbitrary<TaskWithBlock> = fc
  .record({
    ...taskFields,
    activeBlocks: fc.array(id, { maxLength: 3 }),
    block: fc.option(block, { nil: undefined }),
  })
  .map((task) => ({ ...task, state: toTaskExecutionState(task.stateText) }));

export function taskWithBlockXml(task: TaskWithBlock): string {
  const active = task.activeBlocks
    .map((path) => `<active>${escapeXml(path)}</active>`)
    .join('');
  return (
    taskOpenTag(task, '') +
    `<activeBlocks>${active}</activeBlocks>${metadataXml(task.metadata)}` +
    `${task.block === undefined ? '' : blockXml(task.block)}</task>`
  );
}

const NAMES = [
  'list',
  'task',
  'block',
  'step',
  'steps',
  'log',
  'metadata',
  'description',
  'activeBlocks',
  'active',
  'currentSteps',
  'current',
  'startDate',
  'x',
] as const;

const ATTRIBUTES = ['id', 'state', 'state2', 'current', 'phase', 'failures'];

interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly Element[];
}

const { element } = fc.letrec<{ element: Element }>((tie) => ({
  element: fc.record({
    name: fc.constantFrom(...NAMES),
    attributes: fc.dictionary(fc.constantFrom(...ATTRIBUTES), anyText, {
      maxKeys: 3,
    }),
    text: anyText,
    children: fc.oneof(
      { maxDepth: 5 },
      fc.constant([]),
      fc.array(tie('element'), { maxLength: 3 }),
    ),
  }),
}));

function elementXml(value: Element): string {
  const attributes = Object.entries(value.attributes)
    .map(([name, text]) => ` ${name}="${escapeXml(text)}"`)
    .join('');
  const children = value.children.map(elementXml).join('');
  return `<${value.name}${attributes}>${escapeXml(value.text)}${children}</${value.name}>`;
}

/** Well-formed documents of task-like elements in any arrangement. */
export const elementTree: fc.Arbitrary<string> = element.map(elementXml);
