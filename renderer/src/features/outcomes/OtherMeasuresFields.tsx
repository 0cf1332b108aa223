import { Checkbox } from '../../ui/Checkbox';
import { TextField } from '../../ui/TextField';
import type { AssessmentDraft } from './assessmentDraft';

interface OtherMeasuresFieldsProps {
  draft: Pick<AssessmentDraft, 'tenderPoints' | 'otherInstruments'>;
  onChange: (change: Partial<AssessmentDraft>) => void;
  errors: Record<string, string>;
}

type Instrument = AssessmentDraft['otherInstruments'][number];

/** The tender-point count from the exam, and any other instrument as its name and score. */
export function OtherMeasuresFields({ draft, onChange, errors }: OtherMeasuresFieldsProps) {
  const instruments = draft.otherInstruments;
  const setInstrument = (index: number, change: Partial<Instrument>) =>
    onChange({
      otherInstruments: instruments.map((item, i) => (i === index ? { ...item, ...change } : item)),
    });
  return (
    <>
      <fieldset className="measure measure--physician">
        <legend className="measure__legend">Tender points (ACR 1990)</legend>
        <TextField
          type="number"
          label="Painful tender points"
          hint="0–18 sites; 11 or more was the 1990 threshold. For the client's physician, not a diagnosis."
          min={0}
          max={18}
          value={draft.tenderPoints}
          error={errors.tenderPoints}
          onChange={(value) => onChange({ tenderPoints: value })}
        />
      </fieldset>
      <fieldset className="measure">
        <legend className="measure__legend">Other instruments (anxiety, depression, quality of life)</legend>
        {instruments.map((instrument, index) => (
          <div className="measure__row" key={index}>
            <TextField
              label={`Instrument ${index + 1}`}
              placeholder="e.g. HADS anxiety"
              value={instrument.instrument}
              error={errors[`otherInstruments.${index}.instrument`]}
              onChange={(value) => setInstrument(index, { instrument: value })}
            />
            <TextField
              type="number"
              label={`Score ${index + 1}`}
              min={-10000}
              max={10000}
              step="any"
              value={instrument.score}
              error={errors[`otherInstruments.${index}.score`]}
              onChange={(value) => setInstrument(index, { score: value })}
            />
            <Checkbox
              label="Higher is better"
              checked={instrument.higherIsBetter}
              onChange={(checked) => setInstrument(index, { higherIsBetter: checked })}
            />
            <button
              type="button"
              className="button"
              onClick={() => onChange({ otherInstruments: instruments.filter((_, i) => i !== index) })}
            >
              Remove instrument {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange({
              otherInstruments: [...instruments, { instrument: '', score: '', higherIsBetter: false }],
            })
          }
        >
          Add an instrument
        </button>
      </fieldset>
    </>
  );
}
