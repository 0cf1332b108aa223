import { ORDINAL_PRESSURES } from '../../../../shared/domain/pressure';
import type { PlannedPressure } from '../../../../shared/domain/plan/planned-pressure';
import { AlgometerField } from './AlgometerField';
import { ChoiceField, TypedField, numberTyped } from './fields';
import type { PartEdits } from './useItemEdits';

/** A pressure on one scale: a choice of four words, a comfort number, or a reading in the clinic's unit. */
export function PressureField({
  label,
  value,
  edits,
  disabled,
}: {
  label: string;
  value: PlannedPressure;
  edits: PartEdits<PlannedPressure>;
  disabled?: boolean;
}) {
  if (value.scale === 'ordinal') {
    return (
      <ChoiceField
        label={label}
        value={value.value}
        disabled={disabled}
        options={ORDINAL_PRESSURES.map((level) => ({ value: level, label: level }))}
        onChange={(level) => edits.chosen({ scale: 'ordinal', value: level })}
      />
    );
  }
  if (value.scale === 'algometer') {
    return (
      <AlgometerField
        label={label}
        kgCm2={value.value}
        disabled={disabled}
        // Not optional, so every reading it hands on is a number.
        onReading={(kgCm2) => edits.typed({ scale: 'algometer', value: kgCm2! })}
        onDone={edits.done}
      />
    );
  }
  return (
    <TypedField
      label={`${label} (comfort 1–10)`}
      type="number"
      step={1}
      min={1}
      max={10}
      disabled={disabled}
      value={String(value.value)}
      onType={numberTyped((comfort) => edits.typed({ scale: 'comfort', value: comfort }))}
      onDone={edits.done}
    />
  );
}
