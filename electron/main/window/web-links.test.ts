import { describe, expect, it } from 'vitest';
import { decideWebLink, OPEN_IN_BROWSER } from './web-links';

describe('decideWebLink', () => {
  it('asks before opening a web page, showing the full address, with Cancel as the default', () => {
    const decision = decideWebLink('https://www.acr.org/clinical-resources?topic=fibromyalgia#criteria');
    expect(decision).toMatchObject({
      action: 'ask',
      href: 'https://www.acr.org/clinical-resources?topic=fibromyalgia#criteria',
      question: { detail: 'https://www.acr.org/clinical-resources?topic=fibromyalgia#criteria' },
    });
    if (decision.action !== 'ask') throw new Error('expected a question');
    expect(decision.question.buttons?.[OPEN_IN_BROWSER]).toBe('Open in browser');
    expect(decision.question.defaultId).not.toBe(OPEN_IN_BROWSER);
    expect(decision.question.cancelId).not.toBe(OPEN_IN_BROWSER);
  });

  it('shows the address as it will be opened, so a misleading one cannot pass for another', () => {
    expect(decideWebLink('https://www.acr.org@other.example/login')).toMatchObject({
      href: 'https://www.acr.org@other.example/login',
      question: { detail: 'https://www.acr.org@other.example/login' },
    });
    // A look-alike name (Cyrillic "а") is shown in punycode, not as the name it imitates.
    expect(decideWebLink('https://www.\u0430cr.org/')).toMatchObject({
      href: 'https://www.xn--cr-6kc.org/',
      question: { detail: 'https://www.xn--cr-6kc.org/' },
    });
    expect(decideWebLink('HTTP://Example.ORG/a b')).toMatchObject({ href: 'http://example.org/a%20b' });
  });

  it('never offers anything but http and https', () => {
    for (const target of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:ana@example.org',
      'smb://server/share',
      'ms-settings:privacy',
      'not a url',
    ])
      expect([target, decideWebLink(target)]).toEqual([target, { action: 'refuse' }]);
  });
});
