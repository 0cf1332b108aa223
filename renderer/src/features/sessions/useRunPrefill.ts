import { useEffect, useRef } from 'react';
import { treatmentFromRun } from '../../../../shared/domain/plan/run-note';
import { useCallQuery } from '../../api/queries';

/**
 * Offers the run's record (zones, techniques, pressures, holds, responses) as the note's
 * objective text once, when the note is opened. It goes only into an empty field, checked at the
 * moment it arrives, so nothing the therapist typed or saved is ever replaced; after that the text
 * is the therapist's to edit like any other.
 */
export function useRunPrefill(
  sessionId: string,
  { isEmpty, fill }: { isEmpty: () => boolean; fill: (text: string) => void },
): void {
  const plan = useCallQuery('plan.get', { sessionId });
  const offered = useRef(false);
  useEffect(() => {
    if (offered.current || plan.state !== 'ready') return;
    offered.current = true;
    const text = treatmentFromRun(plan.value);
    if (text && isEmpty()) fill(text);
  }, [plan, isEmpty, fill]);
}
