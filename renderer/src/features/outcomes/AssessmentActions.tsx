import { useState } from 'react';
import type { Assessment } from '../../../../shared/domain/outcomes/assessment';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { hrefFor } from '../../navigation/routes';
import { ReasonField, reasonProblem } from './ReasonField';

/** Whether this assessment is its course's baseline, and the button to make it so. */
function BaselineChoice({ assessment, courseId }: { assessment: Assessment; courseId: string }) {
  const outcomes = useCallQuery('outcomes.course', { courseId });
  if (outcomes.state !== 'ready') return null;
  if (outcomes.value.baselineAssessmentId === assessment.id) {
    return <span className="status status--done">Baseline of this course</span>;
  }
  return (
    <button
      type="button"
      className="button"
      onClick={() => void call('assessments.makeBaseline', { id: assessment.id })}
    >
      Make this the course baseline
    </button>
  );
}

/** Deleting asks for the reason first; the audit log keeps it. */
function DeleteWithReason({ assessment }: { assessment: Assessment }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  if (!asking) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
        Delete…
      </button>
    );
  }
  async function remove() {
    const refused = reasonProblem(reason);
    setProblem(refused);
    if (refused) return;
    try {
      await call('assessments.delete', { id: assessment.id, reason });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <div
      className="recorded__delete"
      role="group"
      aria-label={`Delete the assessment of ${assessment.takenOn}`}
    >
      <ReasonField label="Reason for deleting" value={reason} onChange={setReason} error={problem} />
      <button type="button" className="button button--primary" onClick={() => void remove()}>
        Delete assessment
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </div>
  );
}

/** What can be done with a recorded assessment: correct it, delete it, or make it the course's baseline. */
export function AssessmentActions({ assessment }: { assessment: Assessment }) {
  return (
    <div className="recorded__actions">
      <a
        className="button"
        href={hrefFor({
          place: 'correct-assessment',
          clientId: assessment.clientId,
          assessmentId: assessment.id,
        })}
      >
        Correct…
      </a>
      {assessment.courseId && <BaselineChoice assessment={assessment} courseId={assessment.courseId} />}
      <DeleteWithReason assessment={assessment} />
    </div>
  );
}
