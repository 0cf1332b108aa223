import type { PhysicianLetter } from '../../../../../shared/domain/printouts/course';
import { printedDate, printedMinutes } from '../format';
import type { SnapshotImage } from '../snapshots/SnapshotFigures';
import { CourseHeader } from './CourseHeader';
import { OutcomeCharts } from './OutcomeCharts';
import { OutcomeTable } from './OutcomeTable';
import { PainMapsSection } from './PainMapsSection';

export const PHYSICIAN_LETTER_TITLE = 'Letter to the client’s physician';

/**
 * What the therapist may say to a physician, and what not: the app records measures, it does not
 * diagnose (DOMAIN.md). The ACR measures are for the physician to weigh.
 */
export const SCOPE_STATEMENT =
  'These are measures recorded during myofascial therapy sessions, not a diagnosis. The Widespread Pain ' +
  'Index and Symptom Severity Scale (ACR 2010/2016 criteria) are shared as information for you to weigh; ' +
  'any diagnosis and medical treatment remain yours to decide.';

interface PhysicianLetterSheetProps {
  letter: PhysicianLetter;
  painMapImages: readonly (readonly SnapshotImage[])[] | null;
  problem: string | null;
}

/** One or two pages for the client's doctor: the sessions given, the measures, the pain maps, the scope. */
export function PhysicianLetterSheet({ letter, painMapImages, problem }: PhysicianLetterSheetProps) {
  const { clinic, client, asOf, sessionsGiven } = letter;
  return (
    <div className="print-letter">
      <CourseHeader printout={letter} title={PHYSICIAN_LETTER_TITLE} />
      <p>Dear Doctor,</p>
      <p>
        {client.name} (born {printedDate(client.dateOfBirth)}) has had{' '}
        <strong>
          {sessionsGiven.count} {sessionsGiven.count === 1 ? 'session' : 'sessions'},{' '}
          {printedMinutes(sessionsGiven.minutes)} in total
        </strong>{' '}
        of myofascial therapy up to {printedDate(asOf.startsAt)}. Below are the measures recorded across these
        sessions.
      </p>
      <section className="print-section" aria-labelledby="letter-measures-heading">
        <h2 id="letter-measures-heading">Measures at baseline and now</h2>
        <OutcomeTable outcomes={letter.outcomes} />
      </section>
      <section className="print-section print-section--keep" aria-labelledby="letter-trends-heading">
        <h2 id="letter-trends-heading">Trends</h2>
        <OutcomeCharts outcomes={letter.outcomes} />
      </section>
      <PainMapsSection maps={letter.painMaps} images={painMapImages} problem={problem} />
      <p className="print-scope">{SCOPE_STATEMENT}</p>
      <section className="print-signature" aria-label="Therapist">
        <p>With kind regards,</p>
        <p>
          <strong>{clinic.therapistName || 'The treating therapist'}</strong>
          {clinic.clinicName && (
            <>
              <br />
              {clinic.clinicName}
            </>
          )}
          {clinic.clinicPhone && (
            <>
              <br />
              Telephone {clinic.clinicPhone}
            </>
          )}
        </p>
      </section>
    </div>
  );
}
