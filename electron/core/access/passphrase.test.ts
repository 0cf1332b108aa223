import { describe, expect, it } from 'vitest';
import { hashPassphrase, STRONG_COST, verifyPassphrase } from './passphrase';

const CHEAP = { N: 1024, r: 8, p: 1 };

describe('passphrase hashing', () => {
  it('stores a salted scrypt hash with its cost, never the passphrase', async () => {
    const first = await hashPassphrase('correct horse battery', CHEAP);
    const second = await hashPassphrase('correct horse battery', CHEAP);
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(first).not.toBe(second); // a fresh salt each time
    expect(first).not.toContain('horse');
  });

  it('accepts the passphrase and refuses any other', async () => {
    const stored = await hashPassphrase('ça va, très bien', CHEAP);
    expect(await verifyPassphrase('ça va, très bien', stored)).toBe(true);
    expect(await verifyPassphrase('ça va, tres bien', stored)).toBe(false);
    expect(await verifyPassphrase('', stored)).toBe(false);
    expect(await verifyPassphrase('ça va, très bien', 'plain text')).toBe(false);
  });

  it('uses at least the OWASP scrypt cost by default', async () => {
    expect(STRONG_COST.N).toBeGreaterThanOrEqual(2 ** 17);
    expect(STRONG_COST.r).toBeGreaterThanOrEqual(8);
    const stored = await hashPassphrase('a strong default', STRONG_COST);
    expect(stored.startsWith(`scrypt$${2 ** 17}$8$1$`)).toBe(true);
    expect(await verifyPassphrase('a strong default', stored)).toBe(true);
  });
});
