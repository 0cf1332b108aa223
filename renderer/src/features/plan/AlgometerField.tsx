import {
  algometerStep,
  algometerUnitSymbol,
  fromStoredKgCm2,
  toStoredKgCm2,
} from '../../../../shared/domain/algometer-units';
import { ALGOMETER_RANGE_KG_CM2 } from '../../../../shared/domain/pressure';
import { useAlgometerUnit } from '../settings/useAlgometerUnit';
import { CommitTextField } from './fields';

/**
 * An algometer reading typed in the clinic's unit and saved in kg/cm². `label` is without the unit;
 * an empty field saves null where the reading is optional.
 */
export function AlgometerField({
  label,
  kgCm2,
  onCommit,
  disabled,
  optional,
}: {
  label: string;
  kgCm2: number | null;
  onCommit: (kgCm2: number | null) => void;
  disabled?: boolean;
  optional?: boolean;
}) {
  const unit = useAlgometerUnit();
  return (
    <CommitTextField
      label={`${label} (${algometerUnitSymbol(unit)}${optional ? ', optional' : ''})`}
      type="number"
      step={algometerStep(unit)}
      min={fromStoredKgCm2(ALGOMETER_RANGE_KG_CM2.min, unit)}
      max={fromStoredKgCm2(ALGOMETER_RANGE_KG_CM2.max, unit)}
      disabled={disabled}
      value={kgCm2 === null ? '' : String(fromStoredKgCm2(kgCm2, unit))}
      onCommit={(text) => {
        if (optional && text.trim() === '') return onCommit(null);
        const reading = Number(text);
        if (text.trim() !== '' && Number.isFinite(reading)) onCommit(toStoredKgCm2(reading, unit));
      }}
    />
  );
}
