import { Controller } from 'react-hook-form';
import { CONTRAINDICATIONS } from '../../../../shared/domain/contraindications';
import { isPlacedContraindication } from '../../../../shared/domain/plan/contraindication-rules';
import { Checkbox } from '../../ui/Checkbox';
import { FieldRows } from '../../ui/form/FieldRows';
import { FormField } from '../../ui/form/FormField';
import { RegionPicker } from '../../ui/RegionPicker';
import { TextField } from '../../ui/TextField';
import type { IntakeControl, IntakeValues } from './intakeForm';

const GROUPS = [
  { legend: 'Absolute: no myofascial release', absolute: true },
  { legend: 'Regional or relative: adapt where and how', absolute: false },
];

type Ticked = IntakeValues['contraindications'];

/** The list with `code` ticked or not, kept in catalogue order so error paths match what is shown. */
function toggled(ticked: Ticked, code: Ticked[number]['code'], on: boolean): Ticked {
  return CONTRAINDICATIONS.filter((item) =>
    item.code === code ? on : ticked.some((entry) => entry.code === item.code),
  ).map(
    (item) => ticked.find((entry) => entry.code === item.code) ?? { code: item.code, note: '', regions: [] },
  );
}

/** The checklist from DOMAIN.md, a note for each ticked item, and free entries. */
export function ContraindicationFields({ control }: { control: IntakeControl }) {
  return (
    <>
      <Controller
        control={control}
        name="contraindications"
        render={({ field }) => (
          <>
            {GROUPS.map((group) => (
              <fieldset key={group.legend} className="checklist">
                <legend>{group.legend}</legend>
                {CONTRAINDICATIONS.filter((item) => item.absolute === group.absolute).map((item) => {
                  const index = field.value.findIndex((entry) => entry.code === item.code);
                  return (
                    <div key={item.code} className="checklist__item">
                      <Checkbox
                        label={item.label}
                        checked={index >= 0}
                        onChange={(on) => field.onChange(toggled(field.value, item.code, on))}
                      />
                      {index >= 0 && (
                        <FormField
                          as={TextField}
                          control={control}
                          name={`contraindications.${index}.note`}
                          label={`Note on ${item.label.toLowerCase()}`}
                        />
                      )}
                      {index >= 0 && isPlacedContraindication(item.code) && (
                        <Controller
                          control={control}
                          name={`contraindications.${index}.regions`}
                          render={({ field: regions, fieldState }) => (
                            <RegionPicker
                              label={`Where is the ${item.label.toLowerCase()}`}
                              value={regions.value}
                              onChange={regions.onChange}
                              error={fieldState.error?.message}
                              hint={
                                regions.value.length === 0
                                  ? 'Pick the regions it is in: until then every planned zone is flagged for it'
                                  : undefined
                              }
                            />
                          )}
                        />
                      )}
                    </div>
                  );
                })}
              </fieldset>
            ))}
          </>
        )}
      />
      <fieldset className="checklist">
        <legend>Other contraindications</legend>
        <FieldRows
          control={control}
          name="otherContraindications"
          noun="Other contraindication"
          addLabel="Add another contraindication"
          blank={{ name: '', note: '', absolute: false }}
        >
          {(index) => (
            <>
              <FormField
                as={TextField}
                control={control}
                name={`otherContraindications.${index}.name`}
                label={`Other contraindication ${index + 1}`}
              />
              <FormField
                as={TextField}
                control={control}
                name={`otherContraindications.${index}.note`}
                label={`Note on other contraindication ${index + 1}`}
              />
              <Controller
                control={control}
                name={`otherContraindications.${index}.absolute`}
                render={({ field }) => (
                  <Checkbox label="Absolute" checked={field.value} onChange={field.onChange} />
                )}
              />
            </>
          )}
        </FieldRows>
      </fieldset>
    </>
  );
}
