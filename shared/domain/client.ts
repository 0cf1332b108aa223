import { z } from 'zod';
import type { FieldIssue } from '../api/errors';
import { RecordId, Timestamp, longText, requiredText, shortText } from './common';
import { CalendarDate } from './dates';
import { ANTICOAGULANT_CODE, ContraindicationCode, contraindicationInfo } from './contraindications';
import type { AlgometerUnit } from './algometer-units';
import { HeightCm, SexField, WeightKg } from './body-size';
import { BodyPlace, BodyRegions, describeRegions } from './plan/body-places';
import { PressureLevel, describePressure } from './pressure';

const OptionalEmail = z.union([
  z.literal(''),
  z.email({ message: 'Enter an email such as name@example.org' }),
]);

/** Conditions the intake offers as checkboxes; anything else is a free entry beside them. */
export const KNOWN_CONDITIONS = ['Fibromyalgia', 'Myofascial pain syndrome'] as const;

export const CheckedContraindication = z.strictObject({
  code: ContraindicationCode,
  note: shortText('Note', 500).default(''),
  /** Where it is, for one that lies somewhere on the body (a scar, a fracture, a wound). */
  regions: BodyRegions,
});

/** A contraindication the checklist does not name, typed by the therapist. */
export const OtherContraindication = z.strictObject({
  name: requiredText('Contraindication', 120),
  note: shortText('Note', 500).default(''),
  absolute: z.boolean().default(false),
});

export const RegionTolerance = z.strictObject({
  region: requiredText('Region', 80),
  level: PressureLevel,
});

/** What the therapist records at intake, and edits later: the new-client and edit forms send this. */
export const ClientInput = z.strictObject({
  givenName: requiredText('Given name', 100),
  familyName: requiredText('Family name', 100),
  dateOfBirth: CalendarDate,
  phone: shortText('Phone', 40).default(''),
  email: OptionalEmail.default(''),
  conditions: z.array(requiredText('Condition', 120)).max(50).default([]),
  medications: z.array(requiredText('Medication', 200)).max(50).default([]),
  goals: longText('Goals', 4000).default(''),
  consentDate: CalendarDate.nullable().default(null),
  contraindications: z.array(CheckedContraindication).default([]),
  otherContraindications: z.array(OtherContraindication).max(30).default([]),
  toleranceDefault: PressureLevel.nullable().default(null),
  toleranceByRegion: z.array(RegionTolerance).max(40).default([]),
  areasToAvoid: z.array(BodyPlace).max(20).default([]),
  pressurePreferences: longText('Pressure preferences', 2000).default(''),
  heightCm: HeightCm.nullable().default(null),
  weightKg: WeightKg.nullable().default(null),
  sex: SexField.nullable().default(null),
});
export type ClientInput = z.input<typeof ClientInput>;
export type ParsedClientInput = z.output<typeof ClientInput>;

/** One recorded tolerance, kept when superseded so the chart can show how it changed. */
export const ToleranceChange = z.strictObject({
  region: z.string().nullable(),
  level: PressureLevel,
  recordedAt: Timestamp,
  supersededAt: Timestamp.nullable(),
});
export type ToleranceChange = z.infer<typeof ToleranceChange>;

export const Client = z.strictObject({
  ...ClientInput.shape,
  id: RecordId,
  conditions: z.array(z.string()),
  medications: z.array(z.string()),
  goals: z.string(),
  consentDate: z.string().nullable(),
  contraindications: z.array(
    z.strictObject({ code: ContraindicationCode, note: z.string(), regions: z.array(z.string()) }),
  ),
  otherContraindications: z.array(
    z.strictObject({ name: z.string(), note: z.string(), absolute: z.boolean() }),
  ),
  toleranceDefault: PressureLevel.nullable(),
  toleranceByRegion: z.array(RegionTolerance),
  areasToAvoid: z.array(z.strictObject({ regions: z.array(z.string()), note: z.string() })),
  pressurePreferences: z.string(),
  heightCm: z.number().nullable(),
  weightKg: z.number().nullable(),
  sex: SexField.nullable(),
  phone: z.string(),
  email: z.string(),
  toleranceHistory: z.array(ToleranceChange),
  archivedAt: Timestamp.nullable(),
  deletedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Client = z.infer<typeof Client>;

/** What must never be missed about a client, shown as badges wherever the client appears. */
export const ClientAlerts = z.strictObject({
  absoluteContraindications: z.array(z.string()),
  anticoagulants: z.boolean(),
  areasToAvoid: z.string(),
  tolerance: z.string().nullable(),
});
export type ClientAlerts = z.infer<typeof ClientAlerts>;

export function clientAlerts(
  client: Pick<
    Client,
    'contraindications' | 'otherContraindications' | 'areasToAvoid' | 'toleranceDefault' | 'toleranceByRegion'
  >,
  unit: AlgometerUnit = 'kgf',
): ClientAlerts {
  const absolute = [
    ...client.contraindications
      .map((item) => contraindicationInfo(item.code))
      .filter((info) => info.absolute)
      .map((info) => info.label),
    ...client.otherContraindications.filter((item) => item.absolute).map((item) => item.name),
  ];
  const regions = client.toleranceByRegion.length;
  const tolerance = client.toleranceDefault
    ? describePressure(client.toleranceDefault, unit) + (regions > 0 ? ` (+${regions} by region)` : '')
    : regions > 0
      ? `${regions} by region`
      : null;
  return {
    absoluteContraindications: absolute,
    anticoagulants: client.contraindications.some((item) => item.code === ANTICOAGULANT_CODE),
    areasToAvoid: client.areasToAvoid
      .map((area) => [area.regions.length > 0 ? describeRegions(area.regions) : '', area.note])
      .map((parts) => parts.filter(Boolean).join(': '))
      .join('; '),
    tolerance,
  };
}

export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * Rules that need today's date or compare fields, so they cannot live in the static schema: the
 * form and the service both run them with their own clock.
 */
export function clientRuleIssues(
  input: Partial<ParsedClientInput> & { dateOfBirth: string },
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.dateOfBirth > today) {
    issues.push({ path: 'dateOfBirth', message: 'Date of birth cannot be in the future' });
  } else if (input.dateOfBirth < EARLIEST_BIRTH_DATE) {
    issues.push({ path: 'dateOfBirth', message: 'Date of birth must be in 1900 or later' });
  }
  if (input.consentDate && input.consentDate > today) {
    issues.push({ path: 'consentDate', message: 'Consent cannot be dated in the future' });
  } else if (input.consentDate && input.consentDate < input.dateOfBirth) {
    issues.push({ path: 'consentDate', message: 'Consent cannot be dated before the date of birth' });
  }
  issues.push(...repeated(input.conditions ?? [], (text) => text, 'conditions', 'is listed twice'));
  issues.push(...repeated(input.medications ?? [], (text) => text, 'medications', 'is listed twice'));
  issues.push(
    ...repeated(
      input.contraindications ?? [],
      (item) => item.code,
      'contraindications',
      'is ticked twice',
      'code',
    ),
  );
  const levels: [string, PressureLevel | null][] = [
    ['toleranceDefault', input.toleranceDefault ?? null],
    ...(input.toleranceByRegion ?? []).map(
      (item, index) => [`toleranceByRegion.${index}.level`, item.level] as [string, PressureLevel],
    ),
  ];
  for (const [path, level] of levels) {
    if (level && level.measuredOn > today) {
      issues.push({ path: `${path}.measuredOn`, message: 'A tolerance cannot be measured in the future' });
    }
  }
  issues.push(
    ...repeated(
      input.toleranceByRegion ?? [],
      (item) => item.region.toLowerCase(),
      'toleranceByRegion',
      'already has a tolerance',
      'region',
    ),
  );
  return issues;
}

/** An issue for every entry whose key an earlier entry already had. */
function repeated<T>(
  items: readonly T[],
  key: (item: T) => string,
  path: string,
  problem: string,
  field?: string,
): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) {
      issues.push({
        path: [path, index, field].filter((part) => part !== undefined).join('.'),
        message: `“${value}” ${problem}`,
      });
    }
    seen.add(value);
  });
  return issues;
}

export function clientDisplayName(client: Pick<Client, 'givenName' | 'familyName'>): string {
  return `${client.givenName} ${client.familyName}`;
}
