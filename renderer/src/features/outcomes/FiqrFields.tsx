import {
  FIQR_DOMAINS,
  FIQR_BANDS_SOURCE,
  FIQR_ITEMS,
  FIQR_SOURCE,
  scoreFiqr,
  type FiqrDomain,
} from '../../../../shared/domain/outcomes/fiqr';
import { get, useFormState, useWatch, type FieldError } from 'react-hook-form';
import { FormField } from '../../ui/form/FormField';
import { TextField } from '../../ui/TextField';
import { numberOrNull } from '../../ui/numbers';
import type { AssessmentControl } from './assessmentForm';
import { formatScore } from './format';

const DOMAIN_ORDER: FiqrDomain[] = ['function', 'overall', 'symptoms'];

/** Live score while typing; answers outside 0-10 are left out until corrected (the save refuses them). */
function liveScore(answers: readonly string[]) {
  const numbers = answers.map((text) => {
    const value = numberOrNull(text);
    return value !== null && Number.isInteger(value) && value >= 0 && value <= 10 ? value : null;
  });
  return scoreFiqr(numbers);
}

export function FiqrFields({ control }: { control: AssessmentControl }) {
  const answers = useWatch({ control, name: 'fiqr' });
  const { errors } = useFormState({ control, name: 'fiqr' });
  // The message about the FIQR as a whole: the list's own, kept apart from its items' messages.
  const whole = (get(errors, 'fiqr.root') as FieldError | undefined)?.message;
  const score = liveScore(answers);
  const anyAnswered = answers.some((text) => text.trim() !== '');

  return (
    <fieldset className="measure" aria-describedby="fiqr-source">
      <legend className="measure__legend">FIQR: fibromyalgia impact over the past 7 days</legend>
      <p className="field__hint" id="fiqr-source">
        Each item 0–10. Labels are our paraphrases; give the client the published questionnaire. Source:{' '}
        {FIQR_SOURCE}. Severity bands: {FIQR_BANDS_SOURCE}.
      </p>
      {whole && (
        <p className="field__error" role="alert">
          {whole}
        </p>
      )}
      {DOMAIN_ORDER.map((domain) => {
        const facts = FIQR_DOMAINS[domain];
        const subtotal = score.domains[domain];
        return (
          <fieldset key={domain} className="measure__group">
            <legend className="measure__group-legend">
              {facts.label}{' '}
              <span className="measure__subtotal">
                {subtotal.score === null
                  ? `(0–${facts.max})`
                  : `${formatScore(subtotal.score)} of ${facts.max}, ${subtotal.answered} of ${facts.items} answered`}
              </span>
            </legend>
            <div className="measure__grid">
              {FIQR_ITEMS.filter((item) => item.domain === domain).map((item) => (
                <FormField
                  as={TextField}
                  control={control}
                  name={`fiqr.${item.number - 1}`}
                  type="number"
                  key={item.number}
                  label={`${item.number}. ${item.label}`}
                  hint={`0 ${item.anchors[0]}, 10 ${item.anchors[1]}`}
                  min={0}
                  max={10}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
      <output className="measure__result" aria-live="polite" data-testid="fiqr-total">
        {!anyAnswered
          ? 'FIQR total: not taken'
          : score.complete
            ? `FIQR total ${formatScore(score.total)} of 100: ${score.band.label.toLowerCase()}`
            : `FIQR total: answer at least one item in each part`}
      </output>
    </fieldset>
  );
}
