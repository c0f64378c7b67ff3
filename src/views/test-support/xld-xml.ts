// Builders of XL Deploy responses for component tests, shaped as the real
// samples in test/fixtures/xld (attributes for scalars, elements for text).
// Values are plainly fake.

export interface TaskFields {
  readonly id: string;
  readonly state: string;
  readonly description: string;
  readonly currentStep?: number;
  readonly totalSteps?: number;
  readonly failures?: number;
  readonly owner?: string;
  readonly startDate?: string;
  readonly completionDate?: string;
  readonly metadata?: Readonly<Record<string, string>>;
}

function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function element(name: string, text: string | undefined): string {
  return text === undefined ? '' : `<${name}>${escape(text)}</${name}>`;
}

function metadataXml(metadata: Readonly<Record<string, string>> = {}) {
  const children = Object.entries(metadata)
    .map(([key, value]) => element(key, value))
    .join('');
  return `<metadata>${children}</metadata>`;
}

/** The legacy v1 `state` for a full `state2`. */
function legacyState(state: string): string {
  if (state === 'FAILED' || state === 'ABORTED') return 'STOPPED';
  if (['FAILING', 'STOPPING', 'ABORTING'].includes(state)) return 'EXECUTING';
  return state === 'SCHEDULED' ? 'PENDING' : state;
}

export function taskStateXml(task: TaskFields): string {
  const current = task.currentStep ?? 0;
  return (
    `<task id="${task.id}" currentStep="${current}" ` +
    `totalSteps="${task.totalSteps ?? 0}" failures="${task.failures ?? 0}" ` +
    `state="${legacyState(task.state)}" state2="${task.state}" ` +
    `owner="${task.owner ?? 'admin'}">` +
    element('description', task.description) +
    element('startDate', task.startDate) +
    element('completionDate', task.completionDate) +
    `<currentSteps><current>${current}</current></currentSteps>` +
    metadataXml(task.metadata) +
    '</task>'
  );
}

export function taskListXml(tasks: readonly TaskFields[]): string {
  return tasks.length === 0
    ? '<list/>'
    : `<list>${tasks.map(taskStateXml).join('')}</list>`;
}

export interface BlockFields {
  readonly id: string;
  readonly state: string;
  readonly description: string;
  readonly phase?: boolean;
  readonly blocks?: readonly BlockFields[];
}

export function blockXml(block: BlockFields): string {
  const phase = block.phase === true ? ' phase="true"' : '';
  const attributes =
    `id="${block.id}" state="${block.state}" ` +
    `description="${escape(block.description)}"${phase}`;
  if (block.blocks === undefined) return `<block ${attributes}/>`;
  return `<block ${attributes} parallel="false">${block.blocks.map(blockXml).join('')}</block>`;
}

export function taskWithBlockXml(task: TaskFields, root: BlockFields): string {
  return (
    `<task id="${task.id}" failures="${task.failures ?? 0}" ` +
    `state="${task.state}" owner="${task.owner ?? 'admin'}">` +
    element('description', task.description) +
    element('startDate', task.startDate) +
    metadataXml(task.metadata) +
    blockXml(root) +
    '</task>'
  );
}

export interface StepFields {
  readonly state: string;
  readonly description: string;
  readonly failures?: number;
  readonly startDate?: string;
  readonly completionDate?: string;
}

export function stepBlockXml(
  block: Omit<BlockFields, 'blocks'>,
  steps: readonly StepFields[],
): string {
  const stepXml = (step: StepFields) =>
    `<step state="${step.state}" failures="${step.failures ?? 0}">` +
    element('description', step.description) +
    element('startDate', step.startDate) +
    element('completionDate', step.completionDate) +
    '<log></log><metadata><order>60</order></metadata></step>';
  return (
    `<block id="${block.id}" state="${block.state}" ` +
    `description="${escape(block.description)}" current="0">` +
    steps.map(stepXml).join('') +
    '</block>'
  );
}
