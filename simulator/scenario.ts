// The tasks the simulator starts with.
import type { Engine } from './engine.ts';

export function loadMorningScenario(engine: Engine, now: number): void {
  engine.add({
    id: 'bd4aef1c-3a85-4d1a-a839-03ae619d01df',
    description: 'Initial deployment of Environments/Dev/TEST/PetPortal',
    owner: 'admin',
    state: 'EXECUTING',
    totalSteps: 12,
    currentStep: 1,
    stepMillis: 2000,
    startedAt: now,
    completedAt: undefined,
    metadata: {
      application: 'PetPortal',
      environment: 'TEST',
      taskType: 'INITIAL',
      environment_id: 'Environments/Dev/TEST',
      version: '1.0',
    },
  });
}
