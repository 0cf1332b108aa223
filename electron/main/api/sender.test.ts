import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender';

const FILE_APP = 'file:///opt/FasciaMap/resources/app/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('isTrustedSender', () => {
  it('trusts the app page itself, whatever its hash route', () => {
    expect(isTrustedSender({ url: `${FILE_APP}#/clients`, isTopLevel: true }, FILE_APP)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/#/model', isTopLevel: true }, DEV_APP)).toBe(true);
  });

  it('refuses other files, origins and schemes', () => {
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', isTopLevel: true }, FILE_APP)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.org/', isTopLevel: true }, FILE_APP)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5174/', isTopLevel: true }, DEV_APP)).toBe(false);
    expect(isTrustedSender({ url: 'data:text/html,hi', isTopLevel: true }, DEV_APP)).toBe(false);
  });

  it('refuses subframes, missing frames and unparsable URLs', () => {
    expect(isTrustedSender({ url: FILE_APP, isTopLevel: false }, FILE_APP)).toBe(false);
    expect(isTrustedSender(null, FILE_APP)).toBe(false);
    expect(isTrustedSender({ url: 'not a url', isTopLevel: true }, FILE_APP)).toBe(false);
  });
});
