// A minimal task engine: tasks whose steps run one after another in time.
export type SimTaskState = 'PENDING' | 'EXECUTING' | 'EXECUTED';

export interface SimTask {
  id: string;
  description: string;
  owner: string;
  state: SimTaskState;
  totalSteps: number;
  currentStep: number;
  stepMillis: number;
  startedAt: number | undefined;
  completedAt: number | undefined;
  metadata: Record<string, string>;
}

export type Clock = () => number;

export class Engine {
  private readonly tasks = new Map<string, SimTask>();

  private readonly clock: Clock;

  constructor(clock: Clock) {
    this.clock = clock;
  }

  add(task: SimTask): void {
    this.tasks.set(task.id, task);
  }

  current(): SimTask[] {
    this.advance();
    return [...this.tasks.values()];
  }

  get(id: string): SimTask | undefined {
    this.advance();
    return this.tasks.get(id);
  }

  private advance(): void {
    const now = this.clock();
    for (const task of this.tasks.values()) {
      if (task.state !== 'EXECUTING' || task.startedAt === undefined) continue;
      const elapsed = Math.floor((now - task.startedAt) / task.stepMillis);
      task.currentStep = Math.min(task.totalSteps, 1 + elapsed);
      if (elapsed >= task.totalSteps) {
        task.state = 'EXECUTED';
        task.completedAt = task.startedAt + task.totalSteps * task.stepMillis;
      }
    }
  }
}
