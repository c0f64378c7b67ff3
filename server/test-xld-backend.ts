// Test support: the XL Deploy server behind the recording front is the
// simulator, started in-process on a free port with its default scenario.
import { startSimulator } from '../simulator/start.ts';

export interface XldBackend {
  readonly port: number;
  /** A task waiting to be started, for the start tests. */
  readonly pendingTaskId: string;
  close(): Promise<void>;
}

export async function startXldBackend(): Promise<XldBackend> {
  const simulator = await startSimulator({ port: 0 });
  const pending = simulator.engine
    .currentTasks()
    .find((task) => task.state === 'PENDING');
  if (pending === undefined) {
    await simulator.close();
    throw new Error('The default scenario has no PENDING task to start.');
  }
  return {
    port: simulator.port,
    pendingTaskId: pending.id,
    close: () => simulator.close(),
  };
}
