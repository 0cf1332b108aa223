import { describe, expect, it } from 'vitest';
import { ClientInput, clientRuleIssues } from './client';

describe('ClientInput', () => {
  it('accepts a minimal client and fills the optional contact fields', () => {
    const parsed = ClientInput.parse({ givenName: ' Ada ', familyName: 'Byron', dateOfBirth: '1980-12-10' });
    expect(parsed).toEqual({
      givenName: 'Ada',
      familyName: 'Byron',
      dateOfBirth: '1980-12-10',
      phone: '',
      email: '',
    });
  });

  it('says which field is wrong and why', () => {
    const result = ClientInput.safeParse({
      givenName: '',
      familyName: 'B',
      dateOfBirth: '10/12/1980',
      email: 'nope',
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(messages).toEqual({
      givenName: 'Given name is required',
      dateOfBirth: 'Enter a date as YYYY-MM-DD',
      email: 'Enter an email such as name@example.org',
    });
  });

  it('refuses fields the form does not have', () => {
    expect(
      ClientInput.safeParse({ givenName: 'A', familyName: 'B', dateOfBirth: '1980-01-01', admin: true })
        .success,
    ).toBe(false);
  });
});

describe('clientRuleIssues', () => {
  it('refuses a date of birth after today', () => {
    expect(clientRuleIssues({ dateOfBirth: '2026-03-03' }, '2026-03-02')).toEqual([
      { path: 'dateOfBirth', message: 'Date of birth cannot be in the future' },
    ]);
  });

  it('accepts today and refuses dates before 1900', () => {
    expect(clientRuleIssues({ dateOfBirth: '2026-03-02' }, '2026-03-02')).toEqual([]);
    expect(clientRuleIssues({ dateOfBirth: '1899-12-31' }, '2026-03-02')[0]?.path).toBe('dateOfBirth');
  });
});
