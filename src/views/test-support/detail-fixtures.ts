// Two tasks for the detail view's tests: a FAILED one whose first step
// block failed and whose second holds a thousand steps, and an EXECUTING one
// on step 600 of a thousand. Values are plainly fake.
import type { BlockFields, StepFields, TaskFields } from './xld-xml.ts';

export const task: TaskFields = {
  id: 'task-1',
  state: 'FAILED',
  description: 'Update of ACC/PetPortal',
  currentStep: 3,
  totalSteps: 1_004,
  failures: 1,
  owner: 'alice',
  startDate: '2026-12-03T09:00:00.000+0000',
  metadata: {
    application: 'PetPortal',
    version: '2.1',
    environment: 'ACC',
    taskType: 'UPGRADE',
    environment_id: 'Environments/ACC',
    worker_name: 'worker-2',
  },
};

export const plan: BlockFields = {
  id: '0',
  state: 'FAILED',
  description: 'Update of ACC/PetPortal',
  blocks: [
    {
      id: '0_1',
      state: 'FAILED',
      description: 'Deploy',
      phase: true,
      blocks: [
        { id: '0_1_1', state: 'FAILED', description: 'Deploy on host-1' },
        { id: '0_1_2', state: 'PENDING', description: 'Copy 1,000 files' },
      ],
    },
    {
      id: '0_2',
      state: 'PENDING',
      description: 'Register',
      phase: true,
      blocks: [{ id: '0_2_1', state: 'PENDING', description: 'Register' }],
    },
  ],
};

export const failedBlockSteps: StepFields[] = [
  {
    state: 'DONE',
    description: 'Stop PetPortal',
    startDate: '2026-12-03T09:00:00.000+0000',
    completionDate: '2026-12-03T09:00:42.000+0000',
  },
  {
    state: 'FAILED',
    description: 'Start PetPortal',
    failures: 1,
    startDate: '2026-12-03T09:00:42.000+0000',
    completionDate: '2026-12-03T09:01:00.000+0000',
  },
];

export const thousandSteps: StepFields[] = Array.from(
  { length: 1_000 },
  (_, i) => ({
    state: 'PENDING',
    description: `Copy file ${i + 1}`,
  }),
);

export const running: TaskFields = {
  id: 'task-2',
  state: 'EXECUTING',
  description: 'Update of PROD/WebShop',
  currentStep: 600,
  totalSteps: 1_000,
};

export const runningPlan: BlockFields = {
  id: '0',
  state: 'EXECUTING',
  description: 'Update of PROD/WebShop',
  blocks: [
    {
      id: '0_1',
      state: 'EXECUTING',
      description: 'Upload',
      phase: true,
      blocks: [
        { id: '0_1_1', state: 'EXECUTING', description: 'Upload files' },
      ],
    },
  ],
};

export const runningSteps: StepFields[] = Array.from(
  { length: 1_000 },
  (_, i) => ({
    state: i < 599 ? 'DONE' : i === 599 ? 'EXECUTING' : 'PENDING',
    description: `Upload file ${i + 1}`,
  }),
);

export const LOG = 'Starting PetPortal\n    at line 12:\n\tConnection refused';
