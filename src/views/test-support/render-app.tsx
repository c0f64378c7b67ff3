// Renders the app, or one view with a query client the test can drive, at a
// URL, as a reload of that URL would.
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { App } from '../../app/app.tsx';
import { createQueryClient } from '../../queries/query-client.ts';

/** jsdom has no matchMedia; a light system theme stands in for it. */
function stubMatchMedia(): void {
  if (typeof window.matchMedia === 'function') return;
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

export function renderAppAt(path: string) {
  stubMatchMedia();
  window.history.replaceState(null, '', path);
  return render(<App />);
}

export function renderWithQueries(ui: ReactNode, path = '/') {
  window.history.replaceState(null, '', path);
  const queryClient = createQueryClient();
  const view = render(
    <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>,
  );
  return { ...view, queryClient };
}
