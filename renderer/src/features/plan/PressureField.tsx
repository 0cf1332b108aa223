import { ORDINAL_PRESSURES } from '../../../../shared/domain/pressure';
import type { PlannedPressure } from '../../../../shared/domain/plan/planned-pressure';
import { ChoiceField, CommitTextField } from './fields';

/** A pressure on one scale: a choice of four words, or a number with its unit. */
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
  const comfort = value.scale === 'comfort';
  return (
    <CommitTextField
      label={comfort ? `${label} (comfort 1–10)` : `${label} (kg/cm²)`}
      type="number"
      step={comfort ? 1 : 0.1}
      min={comfort ? 1 : 0.1}
      max={comfort ? 10 : 15}
      disabled={disabled}
      value={String(value.value)}
      onCommit={(text) => {
        const number = Number(text);
        if (Number.isFinite(number))
          onChange({ scale: value.scale, value: comfort ? Math.round(number) : number });
      }}
    />
  );
}
