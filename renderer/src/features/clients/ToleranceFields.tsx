import { TOLERANCE_REGIONS } from '../../../../shared/domain/plan/tolerance-regions';
import { ORDINAL_PRESSURES, PRESSURE_SCALES } from '../../../../shared/domain/pressure';
import { Controller, useController, useWatch } from 'react-hook-form';
import { FieldRows } from '../../ui/form/FieldRows';
import { FormField } from '../../ui/form/FormField';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { EMPTY_LEVEL, type IntakeControl } from './intakeForm';

/**
 * Tolerance regions are the fixed list the session plan checks zones against; a region typed
 * before the list existed stays selectable so saving the form never drops it.
 */
function regionOptions(current: string) {
  const known = TOLERANCE_REGIONS.some((region) => region.id === current);
  return [
    { value: '', label: 'Choose a region…' },
    ...TOLERANCE_REGIONS.map((region) => ({ value: region.id, label: region.label })),
    ...(current && !known ? [{ value: current, label: `${current} (not on the list)` }] : []),
  ];
}

const SCALE_OPTIONS = [
  { value: '', label: 'Not recorded' },
  ...PRESSURE_SCALES.map((item) => ({ value: item.scale, label: item.label })),
];

/** Where a level sits in the form: the default tolerance or a region's. */
type LevelPath = 'toleranceDefault' | `toleranceByRegion.${number}.level`;

function LevelFields({ name, path, control }: { name: string; path: LevelPath; control: IntakeControl }) {
  const scale = useWatch({ control, name: `${path}.scale` });
  const level = useController({ control, name: `${path}.value` });
  return (
    <div className="form__row">
      <Controller
        control={control}
        name={`${path}.scale`}
        render={({ field, fieldState }) => (
          <Select
            label={`${name} scale`}
            value={field.value}
            options={SCALE_OPTIONS}
            error={fieldState.error?.message}
            onChange={(chosen) => {
              // A level typed on one scale means nothing on another.
              level.field.onChange('');
              field.onChange(chosen);
            }}
          />
        )}
      />
      {scale === 'ordinal' ? (
        <FormField
          as={Select}
          control={control}
          name={`${path}.value`}
          label={`${name} level`}
          options={[
            { value: '', label: 'Choose…' },
            ...ORDINAL_PRESSURES.map((value) => ({ value, label: value })),
          ]}
        />
      ) : (
        scale !== '' && (
          <FormField
            as={TextField}
            control={control}
            name={`${path}.value`}
            label={`${name} level${scale === 'algometer' ? ' (kg/cm²)' : ' (1–10)'}`}
            inputMode="decimal"
          />
        )
      )}
      {scale !== '' && (
        <FormField
          as={TextField}
          control={control}
          name={`${path}.measuredOn`}
          label={`${name} measured on`}
          type="date"
        />
      )}
    </div>
  );
}

/** The default tolerance and per-region ones, each with its scale and the date it was measured. */
export function ToleranceFields({ control }: { control: IntakeControl }) {
  return (
    <fieldset>
      <legend>Pressure tolerance</legend>
      <LevelFields name="Default tolerance" path="toleranceDefault" control={control} />
      <FieldRows
        control={control}
        name="toleranceByRegion"
        noun="Region"
        addLabel="Add a region"
        blank={{ region: '', level: { ...EMPTY_LEVEL, scale: 'comfort' } }}
      >
        {(index) => (
          <div className="region-tolerance">
            <Controller
              control={control}
              name={`toleranceByRegion.${index}.region`}
              render={({ field, fieldState }) => (
                <Select
                  label={`Region ${index + 1}`}
                  value={field.value}
                  options={regionOptions(field.value)}
                  error={fieldState.error?.message}
                  onChange={field.onChange}
                />
              )}
            />
            <LevelFields
              name={`Region ${index + 1} tolerance`}
              path={`toleranceByRegion.${index}.level`}
              control={control}
            />
          </div>
        )}
      </FieldRows>
    </fieldset>
  );
}
