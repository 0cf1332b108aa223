import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormField } from '../../ui/form/FormField';
import { TextField } from '../../ui/TextField';

interface ScheduleValues extends FieldValues {
  sessionCount: string;
  intervalDays: string;
  sessionMinutes: string;
}

/** How many sessions, how often and how long: the same three boxes for a protocol and a course. */
export function ScheduleFields<V extends ScheduleValues, Parsed extends FieldValues>({
  control,
}: {
  control: Control<V, unknown, Parsed>;
}) {
  const name = (field: keyof ScheduleValues & string) => field as Path<V>;
  return (
    <div className="form__row">
      <FormField
        as={TextField}
        control={control}
        name={name('sessionCount')}
        label="Sessions"
        inputMode="numeric"
        hint="Leave empty for open-ended"
      />
      <FormField
        as={TextField}
        control={control}
        name={name('intervalDays')}
        label="Days between sessions"
        inputMode="numeric"
      />
      <FormField
        as={TextField}
        control={control}
        name={name('sessionMinutes')}
        label="Minutes per session"
        inputMode="numeric"
      />
    </div>
  );
}
