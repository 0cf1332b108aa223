import '@fontsource-variable/inter';
import './ui/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installBrowserBridge } from './api/browser-bridge';
import { App } from './app/App';

installBrowserBridge();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
