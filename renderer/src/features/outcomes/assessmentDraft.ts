import { FIQR_ITEM_COUNT } from '../../../../shared/domain/outcomes/fiqr';
import type { AssessmentInput } from '../../../../shared/domain/outcomes/assessment';
import type { WpiArea } from '../../../../shared/domain/outcomes/widespread-pain';

/** What the assessment form holds while the therapist types: text as typed, numbers parsed on save. */
export interface AssessmentDraft {
  takenOn: string;
  fiqr: string[];
  pain: { current: string; worst: string; least: string };
  sleepQuality: string;
  psqi: string;
  /** WPI and SSS are taken together or not at all: an empty area list is a WPI of 0, not "not asked". */
  includeWpiSss: boolean;
  wpiAreas: WpiArea[];
  sss: {
    fatigue: string;
    wakingUnrefreshed: string;
    cognitiveSymptoms: string;
    headaches: boolean;
    lowerAbdominalPain: boolean;
    depression: boolean;
  };
  tenderPoints: string;
  otherInstruments: { instrument: string; score: string; higherIsBetter: boolean }[];
}

export interface DraftStart {
  today: string;
  /**
   * WPI areas from the client's painted pain map, when the session has one: they start ticked and
   * the therapist confirms or changes each before saving.
   */
  painMapAreas?: readonly WpiArea[] | undefined;
}

export function emptyDraft({ today, painMapAreas }: DraftStart): AssessmentDraft {
  return {
    takenOn: today,
    fiqr: Array<string>(FIQR_ITEM_COUNT).fill(''),
    pain: { current: '', worst: '', least: '' },
    sleepQuality: '',
    psqi: '',
    includeWpiSss: painMapAreas !== undefined && painMapAreas.length > 0,
    wpiAreas: [...(painMapAreas ?? [])],
    sss: {
      fatigue: '0',
      wakingUnrefreshed: '0',
      cognitiveSymptoms: '0',
      headaches: false,
      lowerAbdominalPain: false,
      depression: false,
    },
    tenderPoints: '',
    otherInstruments: [],
  };
}

/** A typed number, `null` when the box is empty; anything else goes to the schema to be judged. */
export function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

function allBlank(texts: readonly string[]): boolean {
  return texts.every((text) => text.trim() === '');
}

/** The draft as the contract's input: untouched measures are left out (null) rather than sent as zeros. */
export function draftToInput(
  draft: AssessmentDraft,
  target: { clientId: string; courseId: string | null; coursePosition: number | null },
): AssessmentInput {
  const pain = [draft.pain.current, draft.pain.worst, draft.pain.least];
  return {
    ...target,
    takenOn: draft.takenOn,
    fiqr: allBlank(draft.fiqr) ? null : draft.fiqr.map(numberOrNull),
    pain: allBlank(pain)
      ? null
      : {
          current: numberOrNull(draft.pain.current),
          worst: numberOrNull(draft.pain.worst),
          least: numberOrNull(draft.pain.least),
        },
    sleepQuality: numberOrNull(draft.sleepQuality),
    psqi: numberOrNull(draft.psqi),
    wpiAreas: draft.includeWpiSss ? draft.wpiAreas : null,
    sss: draft.includeWpiSss
      ? {
          ...draft.sss,
          fatigue: Number(draft.sss.fatigue),
          wakingUnrefreshed: Number(draft.sss.wakingUnrefreshed),
          cognitiveSymptoms: Number(draft.sss.cognitiveSymptoms),
        }
      : null,
    tenderPoints: numberOrNull(draft.tenderPoints),
    otherInstruments: draft.otherInstruments.map((other) => ({
      instrument: other.instrument,
      score: numberOrNull(other.score) ?? Number.NaN,
      higherIsBetter: other.higherIsBetter,
    })),
  };
}
