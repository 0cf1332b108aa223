import { describe, expect, it } from 'vitest';
import { decideNavigation } from './navigation';
import { mainWindowOptions } from './options';

describe('mainWindowOptions', () => {
  const { webPreferences } = mainWindowOptions('/app/out/preload/index.cjs');

  it('isolates and sandboxes the renderer with no Node', () => {
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
  });

  it('keeps the web protections on', () => {
    expect(webPreferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('decideNavigation', () => {
  const app = 'file:///opt/fm/out/renderer/index.html';

  it('stays on in-app hash routes', () => {
    expect(decideNavigation(`${app}#/clients/new`, app)).toBe('stay');
  });

  it('sends web links to the system browser', () => {
    expect(decideNavigation('https://www.acr.org/', app)).toBe('open-in-browser');
    expect(decideNavigation('http://example.org/a', app)).toBe('open-in-browser');
  });

  it('refuses other files and schemes', () => {
    expect(decideNavigation('file:///etc/passwd', app)).toBe('deny');
    expect(decideNavigation('javascript:alert(1)', app)).toBe('deny');
    expect(decideNavigation('not a url', app)).toBe('deny');
  });

  it('treats another page of the dev server as leaving the app', () => {
    expect(decideNavigation('http://localhost:5173/other.html', 'http://localhost:5173/')).toBe(
      'open-in-browser',
    );
  });
});
