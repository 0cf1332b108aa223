import { describe, expect, it } from 'vitest';
import { rendererSource } from './renderer-source';

const bundle = '/opt/FasciaMap/resources/app.asar/out/renderer/index.html';

describe('rendererSource', () => {
  it('loads the bundled page in a packaged app, whatever ELECTRON_RENDERER_URL says', () => {
    expect(rendererSource('http://attacker.example/', true, bundle)).toEqual({
      kind: 'file',
      file: bundle,
      url: 'file:///opt/FasciaMap/resources/app.asar/out/renderer/index.html',
    });
  });

  it('uses the development server while developing', () => {
    expect(rendererSource('http://localhost:5173/', false, bundle)).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
  });

  it('loads the bundled page while developing when no server is running', () => {
    expect(rendererSource(undefined, false, bundle).kind).toBe('file');
    expect(rendererSource('', false, bundle).kind).toBe('file');
  });
});
