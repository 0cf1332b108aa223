import { z } from 'zod';
import type { FieldIssue } from '../api/errors';
import { CalendarDate, RecordId, Timestamp, requiredText, shortText } from './common';

const OptionalEmail = z.union([
  z.literal(''),
  z.email({ message: 'Enter an email such as name@example.org' }),
]);

/** What the therapist types on the new-client form. */
export const ClientInput = z.strictObject({
  givenName: requiredText('Given name', 100),
  familyName: requiredText('Family name', 100),
  dateOfBirth: CalendarDate,
  phone: shortText('Phone', 40).default(''),
  email: OptionalEmail.default(''),
});
export type ClientInput = z.input<typeof ClientInput>;

export const Client = z.strictObject({
  id: RecordId,
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string(),
  phone: z.string(),
  email: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Client = z.infer<typeof Client>;

export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * Rules that need today's date, so they cannot live in the static schema: the form and the service
 * both run them with their own clock.
 */
export function clientRuleIssues(input: { dateOfBirth: string }, today: string): FieldIssue[] {
  if (input.dateOfBirth > today) {
    return [{ path: 'dateOfBirth', message: 'Date of birth cannot be in the future' }];
  }
  if (input.dateOfBirth < EARLIEST_BIRTH_DATE) {
    return [{ path: 'dateOfBirth', message: 'Date of birth must be in 1900 or later' }];
  }
  return [];
}

export function clientDisplayName(client: Pick<Client, 'givenName' | 'familyName'>): string {
  return `${client.givenName} ${client.familyName}`;
}
