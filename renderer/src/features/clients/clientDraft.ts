import type { Client, ClientInput } from '../../../../shared/domain/client';
import type { ContraindicationCode } from '../../../../shared/domain/contraindications';
import type { PressureLevel, PressureScale } from '../../../../shared/domain/pressure';

/** A tolerance as the form holds it: text, until the schema reads it. */
export interface LevelDraft {
  scale: PressureScale | '';
  value: string;
  measuredOn: string;
}

/** The intake form's state: everything as typed, so an invalid entry is never lost or coerced. */
export interface ClientDraft {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  conditions: string[];
  medications: string[];
  goals: string;
  consentDate: string;
  contraindications: { code: ContraindicationCode; note: string }[];
  otherContraindications: { name: string; note: string; absolute: boolean }[];
  toleranceDefault: LevelDraft;
  toleranceByRegion: { region: string; level: LevelDraft }[];
  areasToAvoid: string;
  pressurePreferences: string;
}

export const EMPTY_LEVEL: LevelDraft = { scale: '', value: '', measuredOn: '' };

export const EMPTY_CLIENT: ClientDraft = {
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  phone: '',
  email: '',
  conditions: [],
  medications: [],
  goals: '',
  consentDate: '',
  contraindications: [],
  otherContraindications: [],
  toleranceDefault: EMPTY_LEVEL,
  toleranceByRegion: [],
  areasToAvoid: '',
  pressurePreferences: '',
};

function levelDraft(level: PressureLevel | null): LevelDraft {
  return level
    ? { scale: level.scale, value: String(level.value), measuredOn: level.measuredOn }
    : EMPTY_LEVEL;
}

/** The schema's view of a level: numbers for numeric scales, nothing when no scale is chosen. */
function levelInput(level: LevelDraft): unknown {
  if (level.scale === '') return null;
  const value = level.scale === 'ordinal' || level.value.trim() === '' ? level.value : Number(level.value);
  return { scale: level.scale, value, measuredOn: level.measuredOn };
}

export function draftFromClient(client: Client): ClientDraft {
  return {
    givenName: client.givenName,
    familyName: client.familyName,
    dateOfBirth: client.dateOfBirth,
    phone: client.phone,
    email: client.email,
    conditions: client.conditions,
    medications: client.medications,
    goals: client.goals,
    consentDate: client.consentDate ?? '',
    contraindications: client.contraindications,
    otherContraindications: client.otherContraindications,
    toleranceDefault: levelDraft(client.toleranceDefault),
    toleranceByRegion: client.toleranceByRegion.map((item) => ({
      region: item.region,
      level: levelDraft(item.level),
    })),
    areasToAvoid: client.areasToAvoid,
    pressurePreferences: client.pressurePreferences,
  };
}

/** What is sent: the draft in the contract's shape, for the shared schema to judge. */
export function inputFromDraft(draft: ClientDraft): ClientInput {
  return {
    ...draft,
    consentDate: draft.consentDate === '' ? null : draft.consentDate,
    toleranceDefault: levelInput(draft.toleranceDefault),
    toleranceByRegion: draft.toleranceByRegion.map((item) => ({
      region: item.region,
      level: levelInput(item.level),
    })),
  } as ClientInput;
}
