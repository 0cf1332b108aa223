import '@fontsource-variable/inter';
import './ui/theme.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installBrowserBridge } from './api/browser-bridge';
import { queryClient } from './api/queries';
import { App } from './app/App';
import { AccessGate } from './features/access/AccessGate';

installBrowserBridge();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AccessGate>
        <App />
      </AccessGate>
    </QueryClientProvider>
  </StrictMode>,
);
