/**
 * Text from a number box, for the shared schema to judge: an empty box is "not recorded" (null) or,
 * where a number is required, NaN so the schema's own message names the field.
 */
export function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

export function requiredNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
