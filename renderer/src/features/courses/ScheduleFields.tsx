import { TextField } from '../../ui/TextField';

type ScheduleField = 'sessionCount' | 'intervalDays' | 'sessionMinutes';

interface FieldProps {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** How many sessions, how often and how long: the same three boxes for a protocol and a course. */
export function ScheduleFields({ field }: { field: (name: ScheduleField) => FieldProps }) {
  return (
    <div className="form__row">
      <TextField
        label="Sessions"
        inputMode="numeric"
        hint="Leave empty for open-ended"
        {...field('sessionCount')}
      />
      <TextField label="Days between sessions" inputMode="numeric" {...field('intervalDays')} />
      <TextField label="Minutes per session" inputMode="numeric" {...field('sessionMinutes')} />
    </div>
  );
}
