import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ToastProvider } from './components/Toast';
import { queryClient } from './lib/query';
import { ME_KEY, loadMe } from './auth';
import { preloadPage, router } from './routes';
import './styles.css';

// Start the session check and the first page's code together, and render once both are here
// (or after a second at most: then the page shows its own loading state), so the first paint
// is the page itself rather than a spinner.
const ready = Promise.all([
  queryClient.prefetchQuery({ queryKey: ME_KEY, queryFn: loadMe, staleTime: 30_000 }),
  preloadPage(window.location.pathname),
]);
await Promise.race([ready, new Promise((r) => setTimeout(r, 1000))]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
);
