import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseTaskState } from './parse.ts';

function fixture(name: string): string {
  return readFileSync(
    new URL(`../../test/fixtures/xld/${name}`, import.meta.url),
    'utf8',
  );
}

test('reads the executed task of XL Deploy blog sample', () => {
  const task = parseTaskState(
    fixture('taskstate-executed-xldeploy-blog-2014.xml'),
  );

  expect(task.id).toBe('bd4aef1c-3a85-4d1a-a839-03ae619d01df');
  expect(task.state).toBe('EXECUTED');
  expect(task.currentStep).toBe(12);
  expect(task.totalSteps).toBe(12);
  expect(task.owner).toBe('admin');
  expect(task.startDate?.epochMs).toBe(Date.UTC(2014, 7, 8, 19, 51, 17, 993));
  expect(task.metadata).toEqual({
    application: 'PetPortal',
    environment: 'TEST',
    taskType: 'INITIAL',
    environment_id: 'Environments/Dev/TEST',
    version: '1.0',
  });
});
