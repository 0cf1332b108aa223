import {
  algometerStep,
  algometerUnitSymbol,
  fromStoredKgCm2,
  toStoredKgCm2,
} from '../../../../shared/domain/algometer-units';
import {
  ALGOMETER_RANGE_KG_CM2,
  algometerRangeMessage,
  inAlgometerRange,
} from '../../../../shared/domain/pressure';
import { useAlgometerUnit } from '../settings/useAlgometerUnit';
import { TypedField, numberTyped } from './fields';

/**
 * An algometer reading typed in the clinic's unit and saved in kg/cm². `label` is without the unit;
 * an empty field is a null reading where the reading is optional. `onReading` answers as a field's
 * `onType` does.
 */
export function AlgometerField({
  label,
  kgCm2,
  onReading,
  onDone,
  disabled,
  optional,
}: {
  label: string;
  kgCm2: number | null;
  onReading: (kgCm2: number | null) => string | null;
  onDone: () => void;
  disabled?: boolean;
  optional?: boolean;
}) {
  const unit = useAlgometerUnit();
  const reading = numberTyped((typed) =>
    inAlgometerRange(typed, unit) ? onReading(toStoredKgCm2(typed, unit)) : algometerRangeMessage(unit),
  );
  return (
    <TypedField
      label={`${label} (${algometerUnitSymbol(unit)}${optional ? ', optional' : ''})`}
      type="number"
      step={algometerStep(unit)}
      min={fromStoredKgCm2(ALGOMETER_RANGE_KG_CM2.min, unit)}
      max={fromStoredKgCm2(ALGOMETER_RANGE_KG_CM2.max, unit)}
      disabled={disabled}
      value={kgCm2 === null ? '' : String(fromStoredKgCm2(kgCm2, unit))}
      onType={(text) => (optional && text.trim() === '' ? onReading(null) : reading(text))}
      onDone={onDone}
    />
  );
}
