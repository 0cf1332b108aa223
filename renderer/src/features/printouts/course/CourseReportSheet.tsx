import type { CourseReport } from '../../../../../shared/domain/printouts/course';
import type { MeasuredPainMap } from '../../../../../shared/domain/printouts/pain-course';
import { ASSESSMENT_STATUS_LABELS } from '../../outcomes/status';
import { printedDate, printedMinutes } from '../format';
import type { SnapshotImage } from '../snapshots/SnapshotFigures';
import { CourseHeader } from './CourseHeader';
import { OutcomeCharts } from './OutcomeCharts';
import { OutcomeTable } from './OutcomeTable';
import { PainCourseTable } from './PainCourseTable';
import { PainMapsSection } from './PainMapsSection';

export const COURSE_REPORT_TITLE = 'Course report';

interface CourseReportSheetProps {
  report: CourseReport;
  painMapImages: readonly (readonly SnapshotImage[])[] | null;
  measuredPainMaps: readonly MeasuredPainMap[] | null;
  problem: string | null;
}

/** The course's progress for the clinic: maps, extent and overlap, outcomes, dose and what is still due. */
export function CourseReportSheet({
  report,
  painMapImages,
  measuredPainMaps,
  problem,
}: CourseReportSheetProps) {
  const { sessionsGiven } = report;
  return (
    <>
      <CourseHeader printout={report} title={COURSE_REPORT_TITLE} />
      <PainMapsSection maps={report.painMaps} images={painMapImages} problem={problem} />
      <section className="print-section" aria-labelledby="pain-course-heading">
        <h2 id="pain-course-heading">Pain extent and overlap over time</h2>
        <PainCourseTable
          maps={report.painMaps}
          measured={measuredPainMaps}
          bodyArea={report.client.bodyArea}
        />
      </section>
      <section className="print-section" aria-labelledby="report-outcomes-heading">
        <h2 id="report-outcomes-heading">Outcomes</h2>
        <OutcomeTable outcomes={report.outcomes} />
        <OutcomeCharts outcomes={report.outcomes} />
      </section>
      <section className="print-section" aria-labelledby="dose-heading">
        <h2 id="dose-heading">Treatment given</h2>
        <p>
          {sessionsGiven.count} {sessionsGiven.count === 1 ? 'session' : 'sessions'},{' '}
          {printedMinutes(sessionsGiven.minutes)} in total.
        </p>
        {report.doseByRegion.length === 0 ? (
          <p className="print-muted">No zones were worked in these sessions.</p>
        ) : (
          <table className="print-table">
            <caption className="visually-hidden">Zones worked by body region</caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">Zones</th>
                <th scope="col">Time held</th>
              </tr>
            </thead>
            <tbody>
              {report.doseByRegion.map((dose) => (
                <tr key={dose.region}>
                  <th scope="row">{dose.region}</th>
                  <td>{dose.zones}</td>
                  <td>{printedMinutes(dose.holdMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="print-section print-section--keep" aria-labelledby="due-heading">
        <h2 id="due-heading">Assessments still due</h2>
        {report.followUpsDue.length === 0 ? (
          <p className="print-muted">
            {report.courseName === null
              ? 'No course, so no assessments are scheduled.'
              : 'Every scheduled assessment is recorded.'}
          </p>
        ) : (
          <table className="print-table">
            <caption className="visually-hidden">Scheduled assessments not yet recorded</caption>
            <thead>
              <tr>
                <th scope="col">Assessment</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {report.followUpsDue.map((due) => (
                <tr key={`${due.label}-${due.dueDate}`}>
                  <th scope="row">
                    {due.label}
                    {due.afterCourse && <span className="print-muted"> (follow-up after the course)</span>}
                  </th>
                  <td>{printedDate(due.dueDate)}</td>
                  <td>{ASSESSMENT_STATUS_LABELS[due.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
