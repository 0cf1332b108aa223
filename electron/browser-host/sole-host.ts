import { claimDataFolder, type HostRecord } from '../core/host-file';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from './server';

export type SoleHostStart = { host: BrowserHost } | { running: HostRecord };

/**
 * A browser host on a data folder that no other FasciaMap holds, or the one that holds it. The folder
 * is claimed before the database opens and given back after the backup on quit, so two hosts (or a
 * host and the Electron app) never write the same database.
 */
export async function startSoleHost(options: BrowserHostOptions): Promise<SoleHostStart> {
  const claim = await claimDataFolder(options.dataDir, 'browser-host');
  if ('running' in claim) return claim;
  let host: BrowserHost;
  try {
    host = await startBrowserHost(options);
  } catch (error) {
    claim.claimed.release();
    throw error;
  }
  claim.claimed.record(host.url);
  return { host: { url: host.url, close: () => host.close().finally(claim.claimed.release) } };
}
