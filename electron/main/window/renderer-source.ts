/** Where the window loads the app's page from, and that page's address. */
export type RendererSource =
  { kind: 'dev-server'; url: string } | { kind: 'file'; file: string; url: string };

/**
 * electron-vite's development server (`ELECTRON_RENDERER_URL`) is used only while developing. In a
 * packaged app the variable is ignored: otherwise anyone who could set the environment of the
 * clinic's shortcut could have the window load a page of their own, with `window.api` to hand.
 */
export function rendererSource(
  devServerUrl: string | undefined,
  isPackaged: boolean,
  rendererFile: string,
): RendererSource {
  if (!isPackaged && devServerUrl) return { kind: 'dev-server', url: devServerUrl };
  return { kind: 'file', file: rendererFile, url: new URL(`file://${rendererFile}`).href };
}
