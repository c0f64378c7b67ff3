// Every XML sample of XL Deploy's responses parses to the values it shows.
// The JSON samples answer endpoints the dashboard reads as XML (or not at
// all), so they are client mocks here, not parser input; the phase layout
// they show is covered by the hand-made variants (parse-variants.test.ts).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  parseBlockState,
  parseDeploymentPreview,
  parseStepBlockState,
  parseStepState,
  parseTaskState,
} from './parse.ts';

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

  expect(task).toEqual({
    id: 'bd4aef1c-3a85-4d1a-a839-03ae619d01df',
    state: 'EXECUTED',
    stateText: 'EXECUTED',
    owner: 'admin',
    description: 'Initial deployment of Environments/Dev/TEST/PetPortal',
    failures: 0,
    startDate: {
      text: '2014-08-08T19:51:17.993+0000',
      epochMs: Date.UTC(2014, 7, 8, 19, 51, 17, 993),
    },
    completionDate: {
      text: '2014-08-08T19:51:56.493+0000',
      epochMs: Date.UTC(2014, 7, 8, 19, 51, 56, 493),
    },
    scheduledDate: undefined,
    metadata: {
      application: 'PetPortal',
      environment: 'TEST',
      taskType: 'INITIAL',
      environment_id: 'Environments/Dev/TEST',
      version: '1.0',
    },
    currentStep: 12,
    totalSteps: 12,
    currentSteps: [12],
  });
});

test('reads the pending task of the reference with its +0200 dates', () => {
  const task = parseTaskState(fixture('taskstate-pending-apidocs-example.xml'));

  expect(task.id).toBe('f9e864f9-cf07-44b6-93d8-f526515f87fa');
  expect(task.state).toBe('PENDING');
  expect(task.owner).toBeUndefined();
  expect(task.description).toBe('InitialDeploymentTask');
  expect(task.currentStep).toBe(0);
  expect(task.totalSteps).toBe(2);
  expect(task.currentSteps).toEqual([0]);
  expect(task.startDate?.epochMs).toBe(Date.UTC(2012, 5, 28, 10, 22, 55, 741));
  expect(task.completionDate?.text).toBe('2012-06-28T12:22:55.741+0200');
  expect(task.metadata).toEqual({
    application: 'AnimalZoo-ear',
    environment: '0hostEnv0',
    version: '1.0',
  });
});

test('reads an executing inspection task without steps or state2', () => {
  const task = parseTaskState(
    fixture('taskstate-executing-inspection-puppet-xldeploy-spec.xml'),
  );

  expect(task.id).toBe('bdf50933-0478-4217-9c13-2c8edea4edd4');
  expect(task.state).toBe('EXECUTING');
  expect(task.totalSteps).toBe(0);
  expect(task.currentSteps).toEqual([]);
  expect(task.completionDate).toBeUndefined();
  expect(task.description).toBe('Inspection of Infrastructure/TestHost');
  expect(task.startDate?.epochMs).toBe(Date.UTC(2014, 9, 14, 6, 55, 13, 402));
  expect(task.metadata).toEqual({ taskType: 'INSPECTION' });
});

test('reads an executed inspection task that has no completion date', () => {
  const task = parseTaskState(
    fixture('taskstate-executed-inspection-puppet-xldeploy-spec.xml'),
  );

  expect(task.state).toBe('EXECUTED');
  expect(task.owner).toBe('admin');
  expect(task.completionDate).toBeUndefined();
});

test('reads the step of the reference, keeping its RFC 822 dates as text', () => {
  const step = parseStepState(fixture('stepstate-pending-apidocs-example.xml'));

  expect(step).toEqual({
    state: 'PENDING',
    stateText: 'PENDING',
    failures: 0,
    description: 'Create Step (# 0)',
    startDate: { text: 'Wed, 20 Jun 12 12:15:09 CEST', epochMs: undefined },
    completionDate: {
      text: 'Wed, 20 Jun 12 12:15:09 CEST',
      epochMs: undefined,
    },
    log: '\n    Connecting to server...\n  ',
    metadata: {},
  });
});

test('reads the nested block tree of the reference with dash ids', () => {
  const block = parseBlockState(
    fixture('blockstate-pending-nested-apidocs-example.xml'),
  );

  const leaf = (id: string, description: string) => ({
    kind: 'step',
    id,
    state: 'PENDING',
    stateText: 'PENDING',
    description,
  });
  const group = (id: string, description: string, blocks: unknown[]) => ({
    kind: 'composite',
    id,
    state: 'PENDING',
    stateText: 'PENDING',
    description,
    phase: false,
    parallel: true,
    blocks,
  });
  expect(block).toEqual({
    kind: 'composite',
    id: '1',
    state: 'PENDING',
    stateText: 'PENDING',
    description: 'Deploying AnimalZoo-ear 1.0 on environment 0smallEnv0',
    phase: false,
    parallel: false,
    blocks: [
      group('1-1', 'Deploying group default', [
        leaf('1-1-1', 'Deploying on container smallServer0'),
        leaf('1-1-2', 'Deploying on container smallServer1'),
      ]),
      group('1-2', 'Deploying group 1', [
        leaf('1-2-1', 'Deploying on container tinyServer0'),
        leaf('1-2-2', 'Deploying on container newServer0'),
      ]),
    ],
  });
});

test('reads an empty block with a parallel flag as composite', () => {
  const block = parseBlockState(
    '<block id="0" state="DONE" description="Inspection" parallel="false"/>',
  );

  expect(block).toMatchObject({ kind: 'composite', id: '0', blocks: [] });
});

test('reads an empty block without a parallel flag as a step block', () => {
  const block = parseBlockState(
    '<block id="0_1_1" state="PENDING" description="Deploy on host"/>',
  );

  expect(block).toMatchObject({ kind: 'step', id: '0_1_1' });
});

test('reads the step block of the reference with its steps', () => {
  const block = parseStepBlockState(
    fixture('stepblockstate-pending-apidocs-example.xml'),
  );

  expect(block.id).toBe('1-2-1');
  expect(block.state).toBe('PENDING');
  expect(block.description).toBe('Deploying on container tinyServer0');
  expect(block.current).toBe(0);
  expect(block.steps.map((step) => step.description)).toEqual([
    'Create Step',
    'Upload Step',
  ]);
  expect(block.steps[1]).toMatchObject({
    state: 'PENDING',
    failures: 0,
    log: '',
    startDate: undefined,
    metadata: {
      order: '40',
      deployed_0: 'Infrastructure/tinyServer0/AnimalZooFE',
      previewAvailable: 'false',
    },
  });
});

test('reads the deployment preview with its escaped apostrophes', () => {
  const preview = parseDeploymentPreview(
    fixture('taskpreview-steps-pending-xldeploy-blog-2014.xml'),
  );

  expect(preview.id).toBe('deployment-c90ec677-0be2-49bf-906f-650766740c36');
  expect(preview.steps).toHaveLength(5);
  expect(preview.steps[0]?.description).toBe(
    "Logging release authorization for deployment of 'Applications/PetPortal/1.0'",
  );
  expect(preview.steps.map((step) => step.metadata.order)).toEqual([
    '9',
    '10',
    '50',
    '50',
    '90',
  ]);
  expect(preview.steps[2]?.metadata).toEqual({
    order: '50',
    deployed_0: 'Infrastructure/Dev/Appserver-1/JBoss/PetClinic-ear',
    previewAvailable: 'false',
  });
  expect(preview.steps.every((step) => step.log === '')).toBe(true);
});
