// Where the static demo's end-to-end run listens.
export const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 5186);
