import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../browser-host/server';
import { hostClient, HostCallRefused } from './host-client';
import { tempFolder } from './temp-db';

let folder: ReturnType<typeof tempFolder>;
let host: BrowserHost;

beforeAll(async () => {
  folder = tempFolder();
  host = await startBrowserHost({
    dataDir: folder.path,
    port: 0,
    rendererDir: folder.path,
    appVersion: 'test',
  });
});
afterAll(async () => {
  await host.close();
  folder.remove();
});

describe('the host client', () => {
  it('gives a refusal as the host sent it, and throws it with its code from call', async () => {
    const client = hostClient(host);
    expect(await client.result('clients.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    const refused = await client.call('clients.list', {}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HostCallRefused);
    expect((refused as HostCallRefused).code).toBe('LOCKED');
    expect((refused as HostCallRefused).message).toMatch(
      /^clients\.list was refused by the browser host: LOCKED /,
    );
  });

  it("returns the call's value, with the launch token from the host's address", async () => {
    const { call } = hostClient(host);
    const profile = await call('access.createProfile', {
      displayName: 'Ana Ruiz',
      passphrase: 'a long passphrase',
    });
    expect(profile.displayName).toBe('Ana Ruiz');
    const client = await call('clients.create', {
      givenName: 'Inés',
      familyName: 'Vidal',
      dateOfBirth: '1975-06-14',
    });
    expect((await call('clients.list', {})).map((listed) => listed.id)).toEqual([client.id]);
  });

  it('throws the host’s refusal of a wrong token with its code', async () => {
    const url = new URL(host.url);
    url.searchParams.set('token', 'not-the-launch-token');
    const refused = await hostClient({ url: url.href })
      .call('access.status', {})
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HostCallRefused);
    expect((refused as HostCallRefused).code).toBe('FORBIDDEN');
  });
});
