import { isPoorSleep, MEASURES } from '../../../../shared/domain/outcomes/measures';
import { useWatch } from 'react-hook-form';
import { FormField } from '../../ui/form/FormField';
import { TextField } from '../../ui/TextField';
import { numberOrNull } from '../../ui/numbers';
import type { AssessmentControl, AssessmentValues } from './assessmentForm';

const PAIN_RATINGS: { key: keyof AssessmentValues['pain']; label: string }[] = [
  { key: 'current', label: 'Pain now' },
  { key: 'worst', label: 'Worst pain, past week' },
  { key: 'least', label: 'Least pain, past week' },
];

/** Pain NRS (now, worst and least in the past week), the sleep-quality NRS and the PSQI global score. */
export function PainSleepFields({ control }: { control: AssessmentControl }) {
  const psqi = numberOrNull(useWatch({ control, name: 'psqi' }));
  return (
    <>
      <fieldset className="measure">
        <legend className="measure__legend">Pain (NRS 0–10)</legend>
        <div className="measure__grid">
          {PAIN_RATINGS.map(({ key, label }) => (
            <FormField
              as={TextField}
              control={control}
              name={`pain.${key}`}
              key={key}
              type="number"
              label={label}
              hint="0 no pain, 10 worst imaginable"
              min={0}
              max={10}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="measure">
        <legend className="measure__legend">Sleep</legend>
        <div className="measure__grid">
          <FormField
            as={TextField}
            control={control}
            name="sleepQuality"
            type="number"
            label="Sleep quality (NRS)"
            hint={MEASURES.sleep_quality.unit}
            min={0}
            max={10}
          />
          <FormField
            as={TextField}
            control={control}
            name="psqi"
            type="number"
            label="PSQI global score"
            hint={
              psqi !== null && Number.isInteger(psqi) && psqi >= 0 && psqi <= 21
                ? isPoorSleep(psqi)
                  ? 'Poor sleep (over 5), Buysse et al. 1989'
                  : 'Good sleep (5 or under), Buysse et al. 1989'
                : '0–21, from the scored PSQI; over 5 is poor sleep (Buysse et al. 1989)'
            }
            min={0}
            max={21}
          />
        </div>
      </fieldset>
    </>
  );
}
