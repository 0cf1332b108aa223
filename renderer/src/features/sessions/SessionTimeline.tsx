import { useForm } from 'react-hook-form';
import type { Client } from '../../../../shared/domain/client';
import type { Course } from '../../../../shared/domain/course';
import { STATUS_LABELS, type Session } from '../../../../shared/domain/session';
import { call } from '../../api/client';
import { hrefFor } from '../../navigation/routes';
import { formatDateTime } from '../../ui/format';
import { showFailure } from '../../ui/form/failure';
import { FormField } from '../../ui/form/FormField';
import { PurgeButton } from '../../ui/PurgeButton';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';

export function sessionLabel(session: Pick<Session, 'number' | 'courseTotal'>): string | null {
  return session.number === null ? null : `Session ${session.number} of ${session.courseTotal}`;
}

function PlanSessionForm({ client, courses }: { client: Client; courses: Course[] }) {
  const { control, handleSubmit, resetField, setError, clearErrors, formState } = useForm({
    defaultValues: { startsAt: '', plannedMinutes: '60', courseId: '' },
  });
  // Main checks the new session; its messages go beside the fields of the same names.
  const submit = handleSubmit(async ({ startsAt, plannedMinutes, courseId }) => {
    try {
      await call('sessions.create', {
        clientId: client.id,
        courseId: courseId || null,
        startsAt,
        plannedMinutes: Number(plannedMinutes),
      });
      clearErrors();
      resetField('startsAt');
    } catch (error) {
      showFailure(setError, error);
    }
  });
  const field = { control } as const;
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Plan a session">
      <FormField as={TextField} {...field} name="startsAt" label="Date and time" type="datetime-local" />
      <FormField
        as={TextField}
        {...field}
        name="plannedMinutes"
        label="Planned minutes"
        inputMode="numeric"
      />
      <FormField
        as={Select}
        {...field}
        name="courseId"
        label="Course"
        options={[
          { value: '', label: 'No course' },
          ...courses.map((course) => ({ value: course.id, label: course.name })),
        ]}
      />
      <button className="button" type="submit">
        Plan session
      </button>
      {formState.errors.root && <p role="alert">{formState.errors.root.message}</p>}
    </form>
  );
}

function SessionRow({ session, courseName }: { session: Session; courseName: string | undefined }) {
  return (
    <a className="timeline__row" href={hrefFor({ place: 'session', sessionId: session.id })}>
      <span className="timeline__when">{formatDateTime(session.startsAt)}</span>
      <span>{[sessionLabel(session), courseName].filter(Boolean).join(' · ') || 'Single session'}</span>
      <span className={`status status--${session.status}`}>{STATUS_LABELS[session.status]}</span>
      {session.draft && <span className="status">Unsaved draft</span>}
    </a>
  );
}

/** The client's sessions in appointment order (a course's session 1 first), with planning and the deleted ones to restore. */
export function SessionTimeline({
  client,
  sessions,
  courses,
}: {
  client: Client;
  sessions: Session[];
  courses: Course[];
}) {
  const live = sessions.filter((session) => !session.deletedAt);
  const deleted = sessions.filter((session) => session.deletedAt);
  const courseName = (id: string | null) => courses.find((course) => course.id === id)?.name;
  return (
    <section className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      {!client.deletedAt && (
        <PlanSessionForm client={client} courses={courses.filter((course) => !course.deletedAt)} />
      )}
      {live.length === 0 ? (
        <p className="empty">No sessions yet. Plan one above, or start a course to plan them all.</p>
      ) : (
        <ol className="timeline" aria-label="Session timeline">
          {live.map((session) => (
            <li key={session.id}>
              <SessionRow session={session} courseName={courseName(session.courseId)} />
            </li>
          ))}
        </ol>
      )}
      {deleted.length > 0 && (
        <details open>
          <summary>Deleted sessions ({deleted.length})</summary>
          <ul className="timeline" aria-label="Deleted sessions">
            {deleted.map((session) => (
              <li key={session.id} className="timeline__deleted">
                <span>
                  {formatDateTime(session.startsAt)} · {STATUS_LABELS[session.status]}
                </span>
                <button
                  type="button"
                  className="button"
                  aria-label={`Restore session of ${formatDateTime(session.startsAt)}`}
                  onClick={() => void call('sessions.restore', { id: session.id })}
                >
                  Restore
                </button>
                <PurgeButton what="session" onPurge={() => call('sessions.purge', { id: session.id })} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
