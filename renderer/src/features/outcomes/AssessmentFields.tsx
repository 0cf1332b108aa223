import type { WpiArea } from '../../../../shared/domain/outcomes/widespread-pain';
import { FormField } from '../../ui/form/FormField';
import { TextField } from '../../ui/TextField';
import type { AssessmentControl } from './assessmentForm';
import { FibromyalgiaFields } from './FibromyalgiaFields';
import { FiqrFields } from './FiqrFields';
import { OtherMeasuresFields } from './OtherMeasuresFields';
import { PainSleepFields } from './PainSleepFields';

/** Every measure an assessment takes, with its date: the same fields to record one and to correct one. */
export function AssessmentFields({
  control,
  painMapAreas,
}: {
  control: AssessmentControl;
  painMapAreas?: readonly WpiArea[] | undefined;
}) {
  return (
    <>
      <FormField as={TextField} control={control} name="takenOn" label="Date taken" type="date" />
      <FiqrFields control={control} />
      <PainSleepFields control={control} />
      <FibromyalgiaFields control={control} prefilledFromPainMap={(painMapAreas?.length ?? 0) > 0} />
      <OtherMeasuresFields control={control} />
    </>
  );
}
