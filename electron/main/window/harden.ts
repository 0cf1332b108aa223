import { BrowserWindow, dialog, shell, type Session, type WebContents } from 'electron';
import { privateIfPresent } from '../../core/private-files';
import { decideNavigation } from './navigation';
import { decideWebLink, OPEN_IN_BROWSER } from './web-links';

/** Asks whether to open a web link in the system browser, showing its full address (`decideWebLink`). */
function offerInBrowser(contents: WebContents, url: string): void {
  const link = decideWebLink(url);
  if (link.action === 'refuse') return;
  const owner = BrowserWindow.fromWebContents(contents);
  const answer = owner ? dialog.showMessageBox(owner, link.question) : dialog.showMessageBox(link.question);
  void answer.then(({ response }) => {
    if (response === OPEN_IN_BROWSER) void shell.openExternal(link.href);
  });
}

/** New windows, navigation away and web permissions are all refused; web links go to the browser if the therapist agrees. */
export function hardenWebContents(contents: WebContents, appUrl: () => string): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url, appUrl()) === 'open-in-browser') offerInBrowser(contents, url);
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault: () => void }, url: string) => {
    const decision = decideNavigation(url, appUrl());
    if (decision === 'stay') return;
    event.preventDefault();
    if (decision === 'open-in-browser') offerInBrowser(contents, url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Exports (the clinic or a client as JSON, sessions as CSV) are downloads Chromium writes with the
  // umask's mode; they hold health records, so they are made owner-only once saved.
  session.on('will-download', (_event, item) => {
    item.once('done', (_done, state) => {
      if (state === 'completed') privateIfPresent(item.getSavePath());
    });
  });
}
