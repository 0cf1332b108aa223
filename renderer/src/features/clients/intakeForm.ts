import type { Control } from 'react-hook-form';
import type { z } from 'zod';
import {
  ClientInput,
  KNOWN_CONDITIONS,
  clientRuleIssues,
  type Client,
} from '../../../../shared/domain/client';
import type { Sex } from '../../../../shared/domain/body-size';
import type { ContraindicationCode } from '../../../../shared/domain/contraindications';
import type { PressureLevel, PressureScale } from '../../../../shared/domain/pressure';
import { formSchema } from '../../ui/form/formSchema';

/** A tolerance as the form holds it: text, until the schema reads it. */
export interface LevelValues {
  scale: PressureScale | '';
  value: string;
  measuredOn: string;
}

/** A free entry in a list of names: a row of its own, since the form's repeaters hold objects. */
interface Entry {
  name: string;
}

/**
 * The intake form's fields, everything as typed so an invalid entry is never lost or coerced.
 * Conditions are split into the ticked known ones and the therapist's own entries.
 */
export interface IntakeValues {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  knownConditions: string[];
  otherConditions: Entry[];
  medications: Entry[];
  goals: string;
  consentDate: string;
  contraindications: { code: ContraindicationCode; note: string; regions: string[] }[];
  otherContraindications: { name: string; note: string; absolute: boolean }[];
  toleranceDefault: LevelValues;
  toleranceByRegion: { region: string; level: LevelValues }[];
  areasToAvoid: { regions: string[]; note: string }[];
  pressurePreferences: string;
  heightCm: string;
  weightKg: string;
  sex: '' | Sex;
}

/** The intake form's control, whose resolver reads the values into the contract's input. */
export type IntakeControl = Control<IntakeValues, unknown, z.output<typeof ClientInput>>;

export const EMPTY_LEVEL: LevelValues = { scale: '', value: '', measuredOn: '' };

const isKnown = (condition: string) => (KNOWN_CONDITIONS as readonly string[]).includes(condition);
const entries = (names: readonly string[]) => names.map((name) => ({ name }));

function levelValues(level: PressureLevel | null): LevelValues {
  return level
    ? { scale: level.scale, value: String(level.value), measuredOn: level.measuredOn }
    : EMPTY_LEVEL;
}

/** The schema's view of a level: numbers for numeric scales, nothing when no scale is chosen. */
function levelInput(level: LevelValues): unknown {
  if (level.scale === '') return null;
  const value = level.scale === 'ordinal' || level.value.trim() === '' ? level.value : Number(level.value);
  return { scale: level.scale, value, measuredOn: level.measuredOn };
}

/** The form filled from a saved client, or empty for a new one. */
export function intakeValues(client?: Client): IntakeValues {
  return {
    givenName: client?.givenName ?? '',
    familyName: client?.familyName ?? '',
    dateOfBirth: client?.dateOfBirth ?? '',
    phone: client?.phone ?? '',
    email: client?.email ?? '',
    knownConditions: client?.conditions.filter(isKnown) ?? [],
    otherConditions: entries(client?.conditions.filter((condition) => !isKnown(condition)) ?? []),
    medications: entries(client?.medications ?? []),
    goals: client?.goals ?? '',
    consentDate: client?.consentDate ?? '',
    contraindications: client?.contraindications ?? [],
    otherContraindications: client?.otherContraindications ?? [],
    toleranceDefault: levelValues(client?.toleranceDefault ?? null),
    toleranceByRegion:
      client?.toleranceByRegion.map((item) => ({ region: item.region, level: levelValues(item.level) })) ??
      [],
    areasToAvoid: client?.areasToAvoid ?? [],
    pressurePreferences: client?.pressurePreferences ?? '',
    heightCm: client?.heightCm == null ? '' : String(client.heightCm),
    weightKg: client?.weightKg == null ? '' : String(client.weightKg),
    sex: client?.sex ?? '',
  };
}

/** A measurement as typed: nothing when blank, else the number for the schema to judge. */
const measured = (typed: string): number | null => (typed.trim() === '' ? null : Number(typed));

/** What is sent: the form in the contract's shape, for the shared schema to judge. */
function intakeInput({ knownConditions, otherConditions, medications, ...values }: IntakeValues): unknown {
  return {
    ...values,
    conditions: [...knownConditions, ...otherConditions.map((entry) => entry.name)],
    medications: medications.map((entry) => entry.name),
    consentDate: values.consentDate === '' ? null : values.consentDate,
    heightCm: measured(values.heightCm),
    weightKg: measured(values.weightKg),
    sex: values.sex === '' ? null : values.sex,
    toleranceDefault: levelInput(values.toleranceDefault),
    toleranceByRegion: values.toleranceByRegion.map((item) => ({
      region: item.region,
      level: levelInput(item.level),
    })),
  };
}

/**
 * The form field for a path of the contract: a condition or medication is the name in its row,
 * conditions counting the ticked known ones first, and a whole level is its scale.
 */
export function intakeField(path: string, values: Pick<IntakeValues, 'knownConditions'>): string {
  const [list, index, ...rest] = path.split('.');
  if (list === 'conditions' && index !== undefined) {
    const other = Number(index) - values.knownConditions.length;
    return other >= 0 ? `otherConditions.${other}.name` : 'knownConditions';
  }
  if (list === 'medications' && index !== undefined) return `medications.${index}.name`;
  if (path === 'toleranceDefault' || (list === 'toleranceByRegion' && rest.join('.') === 'level')) {
    return `${path}.scale`;
  }
  return path;
}

/** The intake form's schema: the shared client schema and rules, judged on the day given. */
export function intakeSchema(today: string) {
  return formSchema(intakeInput, ClientInput, (value) => clientRuleIssues(value, today), intakeField);
}
