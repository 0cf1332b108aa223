import type { ComponentType } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

/** What a text box, text area or select takes from the form. */
interface FieldControl {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

type FormFieldProps<V extends FieldValues, P extends FieldControl, Parsed extends FieldValues> = {
  /** The form's control; `Parsed` is what its resolver makes of the values. */
  control: Control<V, unknown, Parsed>;
  name: Path<V>;
  /** The control to show: `TextField`, `TextArea`, `Select` or one like them. */
  as: ComponentType<P>;
} & Omit<P, keyof FieldControl>;

/**
 * One field of a react-hook-form form: its value, its change and its message come from the form by
 * name, so no screen spells them out per field.
 */
export function FormField<V extends FieldValues, P extends FieldControl, Parsed extends FieldValues = V>({
  control,
  name,
  as: Shown,
  ...props
}: FormFieldProps<V, P, Parsed>) {
  const { field, fieldState } = useController({ control, name });
  const shown = { ...props, value: field.value, onChange: field.onChange, error: fieldState.error?.message };
  return <Shown {...(shown as unknown as P)} />;
}
