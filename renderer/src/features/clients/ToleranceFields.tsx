import { TOLERANCE_REGIONS } from '../../../../shared/domain/plan/tolerance-regions';
import { ORDINAL_PRESSURES, PRESSURE_SCALES } from '../../../../shared/domain/pressure';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { EMPTY_LEVEL, type ClientDraft, type LevelDraft } from './clientDraft';

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

function LevelFields({
  name,
  level,
  path,
  errors,
  onChange,
}: {
  name: string;
  level: LevelDraft;
  path: string;
  errors: Record<string, string>;
  onChange: (level: LevelDraft) => void;
}) {
  const set = (change: Partial<LevelDraft>) => onChange({ ...level, ...change });
  return (
    <div className="form__row">
      <Select
        label={`${name} scale`}
        value={level.scale}
        options={SCALE_OPTIONS}
        error={errors[path]}
        onChange={(scale) => set({ scale: scale as LevelDraft['scale'], value: '' })}
      />
      {level.scale === 'ordinal' ? (
        <Select
          label={`${name} level`}
          value={level.value}
          options={[
            { value: '', label: 'Choose…' },
            ...ORDINAL_PRESSURES.map((value) => ({ value, label: value })),
          ]}
          error={errors[`${path}.value`]}
          onChange={(value) => set({ value })}
        />
      ) : (
        level.scale !== '' && (
          <TextField
            label={`${name} level${level.scale === 'algometer' ? ' (kg/cm²)' : ' (1–10)'}`}
            inputMode="decimal"
            value={level.value}
            error={errors[`${path}.value`]}
            onChange={(value) => set({ value })}
          />
        )
      )}
      {level.scale !== '' && (
        <TextField
          label={`${name} measured on`}
          type="date"
          value={level.measuredOn}
          error={errors[`${path}.measuredOn`]}
          onChange={(measuredOn) => set({ measuredOn })}
        />
      )}
    </div>
  );
}

interface Props {
  draft: Pick<ClientDraft, 'toleranceDefault' | 'toleranceByRegion'>;
  errors: Record<string, string>;
  onChange: (change: Partial<ClientDraft>) => void;
}

/** The default tolerance and per-region ones, each with its scale and the date it was measured. */
export function ToleranceFields({ draft, errors, onChange }: Props) {
  const regions = draft.toleranceByRegion;
  const setRegion = (index: number, change: Partial<(typeof regions)[number]>) =>
    onChange({
      toleranceByRegion: regions.map((item, at) => (at === index ? { ...item, ...change } : item)),
    });
  return (
    <fieldset>
      <legend>Pressure tolerance</legend>
      <LevelFields
        name="Default tolerance"
        level={draft.toleranceDefault}
        path="toleranceDefault"
        errors={errors}
        onChange={(toleranceDefault) => onChange({ toleranceDefault })}
      />
      {regions.map((item, index) => (
        <div key={index} className="region-tolerance">
          <div className="entry-list__row">
            <Select
              label={`Region ${index + 1}`}
              value={item.region}
              options={regionOptions(item.region)}
              error={errors[`toleranceByRegion.${index}.region`]}
              onChange={(region) => setRegion(index, { region })}
            />
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove region ${index + 1}`}
              onClick={() => onChange({ toleranceByRegion: regions.filter((_, at) => at !== index) })}
            >
              Remove
            </button>
          </div>
          <LevelFields
            name={`Region ${index + 1} tolerance`}
            level={item.level}
            path={`toleranceByRegion.${index}.level`}
            errors={errors}
            onChange={(level) => setRegion(index, { level })}
          />
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          onChange({
            toleranceByRegion: [...regions, { region: '', level: { ...EMPTY_LEVEL, scale: 'comfort' } }],
          })
        }
      >
        Add a region
      </button>
    </fieldset>
  );
}
