import { CONTRAINDICATIONS } from '../../../../shared/domain/contraindications';
import { Checkbox } from '../../ui/Checkbox';
import { TextField } from '../../ui/TextField';
import type { ClientDraft } from './clientDraft';

interface Props {
  draft: Pick<ClientDraft, 'contraindications' | 'otherContraindications'>;
  errors: Record<string, string>;
  onChange: (change: Partial<ClientDraft>) => void;
}

const GROUPS = [
  { legend: 'Absolute: no myofascial release', absolute: true },
  { legend: 'Regional or relative: adapt where and how', absolute: false },
];

/** The checklist from DOMAIN.md, a note for each ticked item, and free entries. */
export function ContraindicationFields({ draft, errors, onChange }: Props) {
  const ticked = draft.contraindications;
  const toggle = (code: (typeof CONTRAINDICATIONS)[number]['code'], on: boolean) => {
    // Kept in catalogue order so error paths (contraindications.N) match what is shown.
    const next = CONTRAINDICATIONS.filter((item) =>
      item.code === code ? on : ticked.some((entry) => entry.code === item.code),
    ).map((item) => ticked.find((entry) => entry.code === item.code) ?? { code: item.code, note: '' });
    onChange({ contraindications: next });
  };
  const others = draft.otherContraindications;
  const setOther = (index: number, change: Partial<(typeof others)[number]>) =>
    onChange({
      otherContraindications: others.map((item, at) => (at === index ? { ...item, ...change } : item)),
    });

  return (
    <>
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="checklist">
          <legend>{group.legend}</legend>
          {CONTRAINDICATIONS.filter((item) => item.absolute === group.absolute).map((item) => {
            const index = ticked.findIndex((entry) => entry.code === item.code);
            return (
              <div key={item.code} className="checklist__item">
                <Checkbox label={item.label} checked={index >= 0} onChange={(on) => toggle(item.code, on)} />
                {index >= 0 && (
                  <TextField
                    label={`Note on ${item.label.toLowerCase()}`}
                    value={ticked[index]!.note}
                    error={errors[`contraindications.${index}.note`]}
                    onChange={(note) =>
                      onChange({
                        contraindications: ticked.map((entry, at) =>
                          at === index ? { ...entry, note } : entry,
                        ),
                      })
                    }
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <fieldset className="checklist">
        <legend>Other contraindications</legend>
        {others.map((item, index) => (
          <div key={index} className="entry-list__row">
            <TextField
              label={`Other contraindication ${index + 1}`}
              value={item.name}
              error={errors[`otherContraindications.${index}.name`]}
              onChange={(name) => setOther(index, { name })}
            />
            <TextField
              label={`Note on other contraindication ${index + 1}`}
              value={item.note}
              onChange={(note) => setOther(index, { note })}
            />
            <Checkbox
              label="Absolute"
              checked={item.absolute}
              onChange={(absolute) => setOther(index, { absolute })}
            />
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove other contraindication ${index + 1}`}
              onClick={() => onChange({ otherContraindications: others.filter((_, at) => at !== index) })}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange({ otherContraindications: [...others, { name: '', note: '', absolute: false }] })
          }
        >
          Add another contraindication
        </button>
      </fieldset>
    </>
  );
}
