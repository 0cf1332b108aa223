import '@fontsource-variable/inter';
import './ui/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installBrowserBridge } from './api/browser-bridge';
import { App } from './app/App';
import { AccessGate } from './features/access/AccessGate';

installBrowserBridge();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AccessGate>
      <App />
    </AccessGate>
  </StrictMode>,
);
