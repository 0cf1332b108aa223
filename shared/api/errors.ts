/**
 * The one error shape every contract call can return. Codes are few and stable so the renderer can
 * decide what to show without parsing messages.
 */
export const API_ERROR_CODES = [
  'VALIDATION', // the input did not match the call's schema, or broke a clinical rule
  'NOT_FOUND', // the record named does not exist (or was purged)
  'CONFLICT', // the record exists but is in a state that forbids the change (e.g. a signed note)
  'UNKNOWN_CALL', // no call of that name is declared in the contract
  'FORBIDDEN', // the caller is not allowed to make the call (untrusted sender, bad token, wrong passphrase)
  'LOCKED', // the app is locked: unlock with a therapist profile first
  'READ_ONLY', // the database failed its integrity check and is open read-only until a backup is restored
  'DISK_FULL', // the disk holding the data folder is full: nothing was saved
  'READ_ONLY_FOLDER', // the data folder or its database file cannot be written: nothing was saved
  'INTERNAL', // anything unexpected; details never carry client data
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One problem with one field of an input, addressed by its path (e.g. `contact.email`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  details?: { issues?: FieldIssue[] } & Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * Thrown by services for a failure the caller should see with its own code. Anything else a
 * service throws is reported as INTERNAL without its message, which may hold client data.
 */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode;
  readonly details: ApiError['details'];

  constructor(code: ApiErrorCode, message: string, details?: ApiError['details']) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.details = details;
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : 'error' in value;
}
