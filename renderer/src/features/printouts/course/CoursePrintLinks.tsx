import { COURSE_SHEETS, PRINT_SHEET_LABELS } from '../../../../../shared/domain/printout';
import { useCallQuery } from '../../../api/queries';
import { hrefFor } from '../../../navigation/routes';

/**
 * The course printouts from the course's outcomes: as of its latest session that took place, the
 * point the story has reached. Nothing to print before a session has been held.
 */
export function CoursePrintLinks({ clientId, courseId }: { clientId: string; courseId: string }) {
  const sessions = useCallQuery('sessions.list', { clientId });
  if (sessions.state !== 'ready') return null;
  const latest = sessions.value
    .filter(
      (session) =>
        session.courseId === courseId &&
        session.deletedAt === null &&
        (session.status === 'completed' || session.status === 'signed'),
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .at(-1);
  if (!latest) return null;
  return (
    <>
      {COURSE_SHEETS.map((sheet) => (
        <a
          key={sheet}
          className="button"
          href={hrefFor({ place: 'print', request: { sessionId: latest.id, sheet, includeScores: false } })}
        >
          {PRINT_SHEET_LABELS[sheet]}
        </a>
      ))}
    </>
  );
}
