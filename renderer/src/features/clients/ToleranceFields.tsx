import { TOLERANCE_REGIONS } from '../../../../shared/domain/plan/tolerance-regions';
import {
  algometerUnitSymbol,
  fromStoredKgCm2,
  toStoredKgCm2,
  type AlgometerUnit,
} from '../../../../shared/domain/algometer-units';
import {
  algometerRangeMessage,
  ORDINAL_PRESSURES,
  PRESSURE_SCALES,
} from '../../../../shared/domain/pressure';
import { useState } from 'react';
import { Controller, useController, useWatch } from 'react-hook-form';
import { useAlgometerUnit } from '../settings/useAlgometerUnit';
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

function scaleOptions(unit: AlgometerUnit) {
  return [
    { value: '', label: 'Not recorded' },
    ...PRESSURE_SCALES.map((item) => ({
      value: item.scale,
      label: item.scale === 'algometer' ? `Algometer, ${algometerUnitSymbol(unit)}` : item.label,
    })),
  ];
}

/** Where a level sits in the form: the default tolerance or a region's. */
type LevelPath = 'toleranceDefault' | `toleranceByRegion.${number}.level`;

/**
 * A reading typed in the clinic's unit; the form keeps it in kg/cm², as stored, so the shared schema
 * checks the range after conversion. Its message is given in the unit typed. Text that is not a
 * number is kept as typed, for the schema to refuse.
 */
function AlgometerLevelField({
  name,
  path,
  control,
  unit,
}: {
  name: string;
  path: LevelPath;
  control: IntakeControl;
  unit: AlgometerUnit;
}) {
  const { field, fieldState } = useController({ control, name: `${path}.value` });
  const [typed, setTyped] = useState(() => {
    const stored = Number(field.value);
    return field.value.trim() !== '' && Number.isFinite(stored)
      ? String(fromStoredKgCm2(stored, unit))
      : field.value;
  });
  return (
    <TextField
      label={`${name} level (${algometerUnitSymbol(unit)})`}
      value={typed}
      inputMode="decimal"
      error={fieldState.error && algometerRangeMessage(unit)}
      onBlur={field.onBlur}
      onChange={(text) => {
        setTyped(text);
        const reading = Number(text);
        field.onChange(
          text.trim() !== '' && Number.isFinite(reading) ? String(toStoredKgCm2(reading, unit)) : text,
        );
      }}
    />
  );
}

function LevelFields({ name, path, control }: { name: string; path: LevelPath; control: IntakeControl }) {
  const scale = useWatch({ control, name: `${path}.scale` });
  const level = useController({ control, name: `${path}.value` });
  const unit = useAlgometerUnit();
  return (
    <div className="form__row">
      <Controller
        control={control}
        name={`${path}.scale`}
        render={({ field, fieldState }) => (
          <Select
            label={`${name} scale`}
            value={field.value}
            options={scaleOptions(unit)}
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
      ) : scale === 'algometer' ? (
        <AlgometerLevelField key={unit} name={name} path={path} control={control} unit={unit} />
      ) : (
        scale === 'comfort' && (
          <FormField
            as={TextField}
            control={control}
            name={`${path}.value`}
            label={`${name} level (1–10)`}
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
