import { TextField } from './TextField';

interface EntryListProps {
  /** The singular name of an entry, e.g. "Medication": labels read "Medication 1", "Add medication". */
  noun: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  errors: Record<string, string>;
  /** Field path of the list in the form's errors, e.g. "medications". */
  path: string;
  /** Index of the first item in the underlying list, when the list shows only part of it. */
  offset?: number;
}

/** A list of short free entries, each its own labelled field with a remove button. */
export function EntryList({ noun, items, onChange, errors, path, offset = 0 }: EntryListProps) {
  return (
    <div className="entry-list">
      {items.map((item, index) => (
        <div className="entry-list__row" key={index}>
          <TextField
            label={`${noun} ${index + 1}`}
            value={item}
            error={errors[`${path}.${index + offset}`]}
            onChange={(value) => onChange(items.map((old, at) => (at === index ? value : old)))}
          />
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
            onClick={() => onChange(items.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...items, ''])}>
        Add {noun.toLowerCase()}
      </button>
    </div>
  );
}
