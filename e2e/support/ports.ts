// Ports of the end-to-end run, from the environment so that several runs
// can share a machine. The supervisor's control port sits beside the
// simulator's unless set.
export const SIMULATOR_PORT = Number(process.env.E2E_SIMULATOR_PORT ?? 4517);

export const CONTROL_PORT = Number(
  process.env.E2E_SIMULATOR_CONTROL_PORT ?? SIMULATOR_PORT + 1,
);
