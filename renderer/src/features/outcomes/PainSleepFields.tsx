import { isPoorSleep, MEASURES } from '../../../../shared/domain/outcomes/measures';
import type { AssessmentDraft } from './assessmentDraft';
import { numberOrNull } from './assessmentDraft';
import { TextField } from '../../ui/TextField';

interface PainSleepFieldsProps {
  draft: Pick<AssessmentDraft, 'pain' | 'sleepQuality' | 'psqi'>;
  onChange: (change: Partial<AssessmentDraft>) => void;
  errors: Record<string, string>;
}

const PAIN_RATINGS: { key: keyof AssessmentDraft['pain']; label: string }[] = [
  { key: 'current', label: 'Pain now' },
  { key: 'worst', label: 'Worst pain, past week' },
  { key: 'least', label: 'Least pain, past week' },
];

/** Pain NRS (now, worst and least in the past week), the sleep-quality NRS and the PSQI global score. */
export function PainSleepFields({ draft, onChange, errors }: PainSleepFieldsProps) {
  const psqi = numberOrNull(draft.psqi);
  const setPain = (key: keyof AssessmentDraft['pain'], value: string) =>
    onChange({ pain: { ...draft.pain, [key]: value } });
  return (
    <>
      <fieldset className="measure">
        <legend className="measure__legend">Pain (NRS 0–10)</legend>
        <div className="measure__grid">
          {PAIN_RATINGS.map(({ key, label }) => (
            <TextField
              key={key}
              type="number"
              label={label}
              hint="0 no pain, 10 worst imaginable"
              min={0}
              max={10}
              value={draft.pain[key]}
              error={errors[`pain.${key}`]}
              onChange={(value) => setPain(key, value)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="measure">
        <legend className="measure__legend">Sleep</legend>
        <div className="measure__grid">
          <TextField
            type="number"
            label="Sleep quality (NRS)"
            hint={MEASURES.sleep_quality.unit}
            min={0}
            max={10}
            value={draft.sleepQuality}
            error={errors.sleepQuality}
            onChange={(value) => onChange({ sleepQuality: value })}
          />
          <TextField
            type="number"
            label="PSQI global score"
            hint={
              psqi !== null && Number.isInteger(psqi) && psqi >= 0 && psqi <= 21
                ? isPoorSleep(psqi)
                  ? 'Poor sleep (over 5)'
                  : 'Good sleep (5 or under)'
                : '0–21, from the scored PSQI; over 5 is poor sleep'
            }
            min={0}
            max={21}
            value={draft.psqi}
            error={errors.psqi}
            onChange={(value) => onChange({ psqi: value })}
          />
        </div>
      </fieldset>
    </>
  );
}
