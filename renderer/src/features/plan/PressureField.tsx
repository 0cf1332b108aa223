import { ORDINAL_PRESSURES } from '../../../../shared/domain/pressure';
import type { PlannedPressure } from '../../../../shared/domain/plan/planned-pressure';
import { AlgometerField } from './AlgometerField';
import { ChoiceField, CommitTextField } from './fields';

/** A pressure on one scale: a choice of four words, a comfort number, or a reading in the clinic's unit. */
export function PressureField({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: PlannedPressure;
  onChange: (value: PlannedPressure) => void;
  disabled?: boolean;
}) {
  if (value.scale === 'ordinal') {
    return (
      <ChoiceField
        label={label}
        value={value.value}
        disabled={disabled}
        options={ORDINAL_PRESSURES.map((level) => ({ value: level, label: level }))}
        onChange={(level) => onChange({ scale: 'ordinal', value: level })}
      />
    );
  }
  if (value.scale === 'algometer') {
    return (
      <AlgometerField
        label={label}
        kgCm2={value.value}
        disabled={disabled}
        onCommit={(kgCm2) => kgCm2 !== null && onChange({ scale: 'algometer', value: kgCm2 })}
      />
    );
  }
  return (
    <CommitTextField
      label={`${label} (comfort 1–10)`}
      type="number"
      step={1}
      min={1}
      max={10}
      disabled={disabled}
      value={String(value.value)}
      onCommit={(text) => {
        const number = Number(text);
        if (Number.isFinite(number)) onChange({ scale: 'comfort', value: Math.round(number) });
      }}
    />
  );
}
