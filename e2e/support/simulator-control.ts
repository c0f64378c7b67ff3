// Stops and starts the end-to-end simulator through its supervisor.
import { CONTROL_PORT } from './ports.ts';

async function send(action: 'stop' | 'start'): Promise<void> {
  const response = await fetch(`http://localhost:${CONTROL_PORT}/${action}`, {
    method: 'POST',
  });
  if (response.status !== 204) {
    throw new Error(`The supervisor answered ${response.status} to ${action}`);
  }
}

export const stopSimulator = () => send('stop');
export const startSimulatorAgain = () => send('start');
