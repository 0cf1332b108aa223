import {
  FOR_PHYSICIAN,
  fibromyalgiaMeasures,
} from '../../../../shared/domain/outcomes/fibromyalgia-criteria';
import {
  SSS_PAST_SIX_MONTHS,
  SSS_RATED_SYMPTOMS,
  SSS_SEVERITY_LEVELS,
  symptomSeverityScore,
} from '../../../../shared/domain/outcomes/symptom-severity';
import {
  PAIN_REGIONS,
  WPI_AREAS,
  WPI_AREA_FACTS,
  type WpiArea,
} from '../../../../shared/domain/outcomes/widespread-pain';
import { Checkbox } from '../../ui/Checkbox';
import { Select } from '../../ui/Select';
import type { AssessmentDraft } from './assessmentDraft';

interface FibromyalgiaFieldsProps {
  draft: Pick<AssessmentDraft, 'includeWpiSss' | 'wpiAreas' | 'sss'>;
  /** Set when the ticked areas came from the pain map, so the therapist knows to confirm them. */
  prefilledFromPainMap: boolean;
  onChange: (change: Partial<AssessmentDraft>) => void;
}

const LEVEL_OPTIONS = SSS_SEVERITY_LEVELS.map((level) => ({
  value: String(level.value),
  label: `${level.value}: ${level.label}`,
}));

/** WPI areas and SSS (ACR 2016), with their sum, band and the 2016 rules, all for the client's physician. */
export function FibromyalgiaFields({ draft, prefilledFromPainMap, onChange }: FibromyalgiaFieldsProps) {
  const toggleArea = (area: WpiArea, painful: boolean) =>
    onChange({
      wpiAreas: painful ? [...draft.wpiAreas, area] : draft.wpiAreas.filter((item) => item !== area),
    });
  const sss = {
    ...draft.sss,
    fatigue: Number(draft.sss.fatigue),
    wakingUnrefreshed: Number(draft.sss.wakingUnrefreshed),
    cognitiveSymptoms: Number(draft.sss.cognitiveSymptoms),
  };
  const measures = fibromyalgiaMeasures(draft.wpiAreas, symptomSeverityScore(sss));

  return (
    <fieldset className="measure measure--physician" aria-describedby="wpi-physician">
      <legend className="measure__legend">Widespread Pain Index and Symptom Severity (ACR 2016)</legend>
      <p className="measure__physician" id="wpi-physician">
        {FOR_PHYSICIAN}.
      </p>
      <Checkbox
        label="Record the WPI and SSS in this assessment"
        checked={draft.includeWpiSss}
        onChange={(checked) => onChange({ includeWpiSss: checked })}
      />
      {draft.includeWpiSss && (
        <>
          <fieldset className="measure__group">
            <legend className="measure__group-legend">
              Areas painful in the past week (client’s left and right)
            </legend>
            {prefilledFromPainMap && (
              <p className="field__hint">
                Ticked from the painted pain map: confirm each area with the client.
              </p>
            )}
            <div className="wpi-regions">
              {PAIN_REGIONS.map((region) => (
                <div key={region.id} className="wpi-regions__region" role="group" aria-label={region.label}>
                  <p className="wpi-regions__title" aria-hidden="true">
                    {region.label}
                  </p>
                  {WPI_AREAS.filter((area) => WPI_AREA_FACTS[area].region === region.id).map((area) => (
                    <Checkbox
                      key={area}
                      label={WPI_AREA_FACTS[area].label}
                      checked={draft.wpiAreas.includes(area)}
                      onChange={(checked) => toggleArea(area, checked)}
                    />
                  ))}
                </div>
              ))}
            </div>
          </fieldset>
          <fieldset className="measure__group">
            <legend className="measure__group-legend">Symptom severity, past week (0–3 each)</legend>
            <div className="measure__grid">
              {SSS_RATED_SYMPTOMS.map((symptom) => (
                <Select
                  key={symptom.id}
                  label={symptom.label}
                  value={draft.sss[symptom.id]}
                  options={LEVEL_OPTIONS}
                  onChange={(value) => onChange({ sss: { ...draft.sss, [symptom.id]: value } })}
                />
              ))}
            </div>
          </fieldset>
          <fieldset className="measure__group">
            <legend className="measure__group-legend">Bothered by in the past 6 months (1 point each)</legend>
            {SSS_PAST_SIX_MONTHS.map((symptom) => (
              <Checkbox
                key={symptom.id}
                label={symptom.label}
                checked={draft.sss[symptom.id]}
                onChange={(checked) => onChange({ sss: { ...draft.sss, [symptom.id]: checked } })}
              />
            ))}
          </fieldset>
          <dl className="measure__summary" aria-live="polite">
            <dt>WPI</dt>
            <dd>{measures.wpi} of 19</dd>
            <dt>SSS</dt>
            <dd>{measures.sss} of 12</dd>
            <dt>WPI + SSS</dt>
            <dd>
              {measures.severity} of 31 (band {measures.severityBand.label})
            </dd>
            <dt>2016 severity threshold</dt>
            <dd>{measures.thresholdMet ? 'Met' : 'Not met'} (WPI ≥ 7 and SSS ≥ 5, or WPI 4–6 and SSS ≥ 9)</dd>
            <dt>2016 generalized pain</dt>
            <dd>
              {measures.generalizedPain.present ? 'Present' : 'Absent'}:{' '}
              {measures.generalizedPain.regions.length} of 5 regions (4 needed; jaw, chest and abdomen do not
              count)
            </dd>
          </dl>
        </>
      )}
    </fieldset>
  );
}
