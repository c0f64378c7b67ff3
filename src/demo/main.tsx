// Entry of the static demo (`npm run build:demo`): MSW's service worker
// plays XL Deploy and the dashboard's proxy, so the built files need no
// server of their own beyond static file hosting.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupWorker } from 'msw/browser';
import { App } from '../app/app.tsx';
import { createDemoHandlers } from './demo-handlers.ts';
import '../index.css';

async function startDemo(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) throw new Error('The page has no #root element');

  const worker = setupWorker(...createDemoHandlers());
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });

  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void startDemo();
