import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_CHANNEL } from '../../../shared/api/names';
import type { Dispatch } from '../../core/api/dispatch';
import { isTrustedSender } from './sender';

/**
 * The only file in main that touches ipcMain: every call arrives on one channel, is checked for
 * its sender, and is handed to the shared dispatch.
 */
export function registerIpcHandlers(dispatch: Dispatch, appUrl: () => string): void {
  ipcMain.handle(API_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const trusted = isTrustedSender(
      frame ? { url: frame.url, isTopLevel: frame.parent === null } : null,
      appUrl(),
    );
    if (!trusted) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Calls are only accepted from the FasciaMap window' },
      };
    }
    return dispatch(name, input);
  });
}
