import type { ReactNode } from 'react';
import {
  useFieldArray,
  type ArrayPath,
  type Control,
  type FieldArray,
  type FieldValues,
} from 'react-hook-form';

/**
 * Rows of fields the therapist adds and removes, such as a protocol's assessments: each row is
 * `children(index)` with a remove button, and one button adds a `blank` row. Labels read
 * "Remove assessment 2" and "Add assessment" for the noun "Assessment", unless `addLabel` words
 * the add button otherwise.
 */
export function FieldRows<V extends FieldValues, Parsed extends FieldValues, Name extends ArrayPath<V>>({
  control,
  name,
  noun,
  blank,
  addLabel,
  children,
}: {
  control: Control<V, unknown, Parsed>;
  name: Name;
  noun: string;
  blank: FieldArray<V, Name>;
  addLabel?: string;
  children: (index: number) => ReactNode;
}) {
  const { fields, append, remove } = useFieldArray({ control, name });
  const lower = noun.toLowerCase();
  return (
    <>
      {fields.map((row, index) => (
        <div key={row.id} className="entry-list__row">
          {children(index)}
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Remove ${lower} ${index + 1}`}
            onClick={() => remove(index)}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => append(blank)}>
        {addLabel ?? `Add ${lower}`}
      </button>
    </>
  );
}
