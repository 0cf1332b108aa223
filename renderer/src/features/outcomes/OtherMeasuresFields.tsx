import { Controller } from 'react-hook-form';
import { Checkbox } from '../../ui/Checkbox';
import { FieldRows } from '../../ui/form/FieldRows';
import { FormField } from '../../ui/form/FormField';
import { TextField } from '../../ui/TextField';
import type { AssessmentControl } from './assessmentForm';

/** The tender-point count from the exam, and any other instrument as its name and score. */
export function OtherMeasuresFields({ control }: { control: AssessmentControl }) {
  return (
    <>
      <fieldset className="measure measure--physician">
        <legend className="measure__legend">Tender points (ACR 1990)</legend>
        <FormField
          as={TextField}
          control={control}
          name="tenderPoints"
          type="number"
          label="Painful tender points"
          hint="0–18 sites; 11 or more was the 1990 threshold. For the client's physician, not a diagnosis."
          min={0}
          max={18}
        />
      </fieldset>
      <fieldset className="measure">
        <legend className="measure__legend">Other instruments (anxiety, depression, quality of life)</legend>
        <div className="entry-list">
          <FieldRows
            control={control}
            name="otherInstruments"
            noun="Instrument"
            addLabel="Add an instrument"
            blank={{ instrument: '', score: '', higherIsBetter: false }}
          >
            {(index) => (
              <>
                <FormField
                  as={TextField}
                  control={control}
                  name={`otherInstruments.${index}.instrument`}
                  label={`Instrument ${index + 1}`}
                  placeholder="e.g. HADS anxiety"
                />
                <FormField
                  as={TextField}
                  control={control}
                  name={`otherInstruments.${index}.score`}
                  type="number"
                  label={`Score ${index + 1}`}
                  min={-10000}
                  max={10000}
                  step="any"
                />
                <Controller
                  control={control}
                  name={`otherInstruments.${index}.higherIsBetter`}
                  render={({ field }) => (
                    <Checkbox label="Higher is better" checked={field.value} onChange={field.onChange} />
                  )}
                />
              </>
            )}
          </FieldRows>
        </div>
      </fieldset>
    </>
  );
}
