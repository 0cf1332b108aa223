import { Controller } from 'react-hook-form';
import { FieldRows } from '../../ui/form/FieldRows';
import { FormField } from '../../ui/form/FormField';
import { RegionPicker } from '../../ui/RegionPicker';
import { TextField } from '../../ui/TextField';
import type { IntakeControl } from './intakeForm';

/**
 * The areas the client asks the therapist to avoid, each as places on the body with a note. The
 * plan flags a zone over one; an area with no region picked (text kept from before) flags nothing,
 * so the form asks for its regions.
 */
export function AreasToAvoidFields({ control }: { control: IntakeControl }) {
  return (
    <fieldset className="checklist">
      <legend>Areas to avoid</legend>
      <FieldRows
        control={control}
        name="areasToAvoid"
        noun="Area to avoid"
        addLabel="Add an area to avoid"
        blank={{ regions: [], note: '' }}
      >
        {(index) => (
          <>
            <Controller
              control={control}
              name={`areasToAvoid.${index}.regions`}
              render={({ field, fieldState }) => (
                <RegionPicker
                  label={`Regions of area to avoid ${index + 1}`}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                  hint={
                    field.value.length === 0
                      ? 'Pick the regions it covers: until then the plan is not checked against it'
                      : undefined
                  }
                />
              )}
            />
            <FormField
              as={TextField}
              control={control}
              name={`areasToAvoid.${index}.note`}
              label={`Note on area to avoid ${index + 1}`}
            />
          </>
        )}
      </FieldRows>
    </fieldset>
  );
}
