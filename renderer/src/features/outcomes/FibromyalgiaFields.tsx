import { Controller, useWatch } from 'react-hook-form';
import {
  FOR_PHYSICIAN,
  SEVERITY_BANDS_SOURCE,
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
import { FormField } from '../../ui/form/FormField';
import { Select } from '../../ui/Select';
import type { AssessmentControl } from './assessmentForm';

interface FibromyalgiaFieldsProps {
  control: AssessmentControl;
  /** Set when the ticked areas came from the pain map, so the therapist knows to confirm them. */
  prefilledFromPainMap: boolean;
}

const LEVEL_OPTIONS = SSS_SEVERITY_LEVELS.map((level) => ({
  value: String(level.value),
  label: `${level.value}: ${level.label}`,
}));

/** The areas with `area` ticked or not; a newly ticked area goes last, in the order the therapist ticks. */
function toggled(areas: readonly WpiArea[], area: WpiArea, painful: boolean): WpiArea[] {
  return painful ? [...areas, area] : areas.filter((item) => item !== area);
}

/** WPI areas and SSS (ACR 2016), with their sum, band and the 2016 rules, all for the client's physician. */
export function FibromyalgiaFields({ control, prefilledFromPainMap }: FibromyalgiaFieldsProps) {
  const [included, wpiAreas, rated] = useWatch({ control, name: ['includeWpiSss', 'wpiAreas', 'sss'] });
  const sss = {
    ...rated,
    fatigue: Number(rated.fatigue),
    wakingUnrefreshed: Number(rated.wakingUnrefreshed),
    cognitiveSymptoms: Number(rated.cognitiveSymptoms),
  };
  const measures = fibromyalgiaMeasures(wpiAreas, symptomSeverityScore(sss));

  return (
    <fieldset className="measure measure--physician" aria-describedby="wpi-physician">
      <legend className="measure__legend">Widespread Pain Index and Symptom Severity (ACR 2016)</legend>
      <p className="measure__physician" id="wpi-physician">
        {FOR_PHYSICIAN}.
      </p>
      <Controller
        control={control}
        name="includeWpiSss"
        render={({ field }) => (
          <Checkbox
            label="Record the WPI and SSS in this assessment"
            checked={field.value}
            onChange={field.onChange}
          />
        )}
      />
      {included && (
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
            <Controller
              control={control}
              name="wpiAreas"
              render={({ field }) => (
                <div className="wpi-regions">
                  {PAIN_REGIONS.map((region) => (
                    <div
                      key={region.id}
                      className="wpi-regions__region"
                      role="group"
                      aria-label={region.label}
                    >
                      <p className="wpi-regions__title" aria-hidden="true">
                        {region.label}
                      </p>
                      {WPI_AREAS.filter((area) => WPI_AREA_FACTS[area].region === region.id).map((area) => (
                        <Checkbox
                          key={area}
                          label={WPI_AREA_FACTS[area].label}
                          checked={field.value.includes(area)}
                          onChange={(painful) => field.onChange(toggled(field.value, area, painful))}
                        />
                      ))}
                    </div>
                  ))}
                </div>
              )}
            />
          </fieldset>
          <fieldset className="measure__group">
            <legend className="measure__group-legend">Symptom severity, past week (0–3 each)</legend>
            <div className="measure__grid">
              {SSS_RATED_SYMPTOMS.map((symptom) => (
                <FormField
                  as={Select}
                  control={control}
                  name={`sss.${symptom.id}`}
                  key={symptom.id}
                  label={symptom.label}
                  options={LEVEL_OPTIONS}
                />
              ))}
            </div>
          </fieldset>
          <fieldset className="measure__group">
            <legend className="measure__group-legend">Bothered by in the past 6 months (1 point each)</legend>
            {SSS_PAST_SIX_MONTHS.map((symptom) => (
              <Controller
                key={symptom.id}
                control={control}
                name={`sss.${symptom.id}`}
                render={({ field }) => (
                  <Checkbox label={symptom.label} checked={field.value} onChange={field.onChange} />
                )}
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
              {measures.severity} of 31 ({measures.severityBand.label}; categories of {SEVERITY_BANDS_SOURCE})
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
