// Writes simulator tasks as XL Deploy's XML.
import type { SimTask } from './engine.ts';

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '+0000');
}

export function taskStateXml(task: SimTask): string {
  const dates = [
    task.startedAt === undefined
      ? ''
      : `<startDate>${formatDate(task.startedAt)}</startDate>`,
    task.completedAt === undefined
      ? ''
      : `<completionDate>${formatDate(task.completedAt)}</completionDate>`,
  ].join('');
  const metadata = Object.entries(task.metadata)
    .map(([key, value]) => `<${key}>${escapeXml(value)}</${key}>`)
    .join('');
  return (
    `<task id="${task.id}" currentStep="${task.currentStep}" ` +
    `totalSteps="${task.totalSteps}" failures="0" state="${task.state}" ` +
    `state2="${task.state}" owner="${escapeXml(task.owner)}">` +
    `<description>${escapeXml(task.description)}</description>${dates}` +
    `<currentSteps><current>${task.currentStep}</current></currentSteps>` +
    `<metadata>${metadata}</metadata></task>`
  );
}

export function taskStateListXml(tasks: readonly SimTask[]): string {
  if (tasks.length === 0) return '<list/>';
  return `<list>${tasks.map(taskStateXml).join('')}</list>`;
}
