import { TOLERANCE_REGIONS, toleranceRegionLabel } from '../../../shared/domain/plan/tolerance-regions';
import { Select } from './Select';

interface RegionPickerProps {
  /** Names the place, e.g. "Where is the recent surgery": the add menu and each remove button say it. */
  label: string;
  value: readonly string[];
  onChange: (regions: string[]) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

/**
 * A place on the body as a list of regions: the chosen ones, each with its remove button, and a
 * menu to add one more. The regions are the tolerance regions, so a place picked here and a zone
 * planned on the model name the same part of the body.
 */
export function RegionPicker({ label, value, onChange, error, hint }: RegionPickerProps) {
  const options = [
    { value: '', label: 'Add a region…' },
    ...TOLERANCE_REGIONS.filter((region) => !value.includes(region.id)).map((region) => ({
      value: region.id,
      label: region.label,
    })),
  ];
  return (
    <div className="region-picker">
      {value.length > 0 && (
        <ul className="plain-list region-picker__chosen" aria-label={`${label}: chosen regions`}>
          {value.map((region) => (
            <li key={region}>
              {toleranceRegionLabel(region)}{' '}
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Remove ${toleranceRegionLabel(region)} from ${label.toLowerCase()}`}
                onClick={() => onChange(value.filter((other) => other !== region))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <Select
        label={label}
        value=""
        options={options}
        error={error}
        hint={hint}
        onChange={(region) => region && onChange([...value, region])}
      />
    </div>
  );
}
