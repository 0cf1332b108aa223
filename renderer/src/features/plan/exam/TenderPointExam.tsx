import { useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react';
import { algometerUnitSymbol, describeAlgometer } from '../../../../../shared/domain/algometer-units';
import {
  ACR_1990_CRITERION_LABEL,
  ACR_TEST_PRESSURE_KG_CM2,
  TENDER_POINT_COUNT_LABEL,
  describeTenderPointCount,
  tenderPointCount,
  tenderPointResults,
  tenderPointSite,
} from '../../../../../shared/domain/plan/tender-points';
import { useViewerStore } from '../../../scene/viewerStore';
import { useAlgometerUnit } from '../../settings/useAlgometerUnit';
import { usePlanStore } from '../planStore';
import { typing } from '../usePlanKeys';
import { ExamSiteList, describeResult } from './ExamSiteList';
import {
  EXAM_SITE_COUNT,
  NOT_PAINFUL,
  PAINFUL,
  examKeyAction,
  nextStep,
  openingStep,
  previousStep,
  progressLabel,
  resultOfReading,
  siteAtStep,
  type ExamKeyAction,
  type ExamResult,
} from './examSteps';
import { recordTenderPoint } from './recordResult';
import { siteView } from './siteViews';

/**
 * The guided ACR 1990 exam: one site at a time in the exam order, the camera on it, one answer
 * (a button, P or N, or a reading and Enter) recording it and moving on. Each answer is saved as it
 * is given, so a lock or a reload mid-exam loses nothing; starting again opens at the first site
 * still to examine.
 */
export function TenderPointExam({ onFinish }: { onFinish: () => void }) {
  const plan = usePlanStore((s) => s.plan)!;
  const make = usePlanStore((s) => s.make);
  const setTool = usePlanStore((s) => s.setTool);
  const setExamSite = usePlanStore((s) => s.setExamSite);
  const unit = useAlgometerUnit();
  const bodies = plan.findings.map((finding) => finding.body);
  const [step, setStep] = useState(() => openingStep(bodies));
  const [reading, setReading] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  const readingInput = useRef<HTMLInputElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  const readingId = useId();
  const siteId = siteAtStep(step);
  const site = siteId ? tenderPointSite(siteId) : undefined;
  const result = siteId ? tenderPointResults(bodies).get(siteId) : undefined;

  const goTo = (next: number) => {
    setStep(next);
    setReading('');
    setProblem(null);
  };
  const answer = (given: ExamResult) => {
    if (!siteId) return;
    void make(recordTenderPoint(plan, siteId, given));
    goTo(nextStep(step));
  };
  const act = (action: ExamKeyAction) => {
    if (action === 'painful') answer(PAINFUL);
    else if (action === 'not_painful') answer(NOT_PAINFUL);
    else if (action === 'back') goTo(previousStep(step));
    else onFinish();
  };
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // Letters typed in another of the plan's fields are text; in the exam's own reading they are not.
    if (typing(event.target) && !panel.current?.contains(event.target as Node)) return;
    const action = examKeyAction(event.key);
    if (!action) return;
    event.preventDefault();
    act(action);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // The sites show on the model while the exam runs, and a click on one still records it.
  useEffect(() => {
    setTool('tender_point');
    return () => setTool('select');
  }, [setTool]);
  // Each site opens ready for its answer: the reading field takes typing, and P, N and B still work.
  useEffect(() => {
    setExamSite(siteId);
    if (siteId) useViewerStore.getState().viewPoint(siteView(siteId));
    (siteId ? readingInput.current : finishButton.current)?.focus();
  }, [siteId, setExamSite]);
  useEffect(() => () => setExamSite(null), [setExamSite]);

  const submitReading = (event: FormEvent) => {
    event.preventDefault();
    const typed = resultOfReading(reading, unit);
    if ('problem' in typed) setProblem(typed.problem);
    else answer(typed);
  };
  const count = tenderPointCount(bodies);

  return (
    <section ref={panel} className="plan-panel tp-exam" aria-labelledby="tp-exam-heading">
      <h2 id="tp-exam-heading">Tender-point exam</h2>
      <p className="tp-exam__progress">
        <span data-testid="exam-progress">{progressLabel(step)}</span>
        <progress value={Math.min(step, EXAM_SITE_COUNT)} max={EXAM_SITE_COUNT} aria-hidden="true" />
      </p>
      {site ? (
        <>
          <h3 className="tp-exam__site" data-testid="exam-site">
            {site.name}
          </h3>
          <p className="tp-exam__where">{site.description}</p>
          <p className="tp-exam__recorded">
            {result ? `This session: ${describeResult(result, unit)}` : 'Not examined yet this session'}
          </p>
          <div className="tp-exam__answers">
            <button type="button" className="button button--primary" onClick={() => answer(PAINFUL)}>
              Painful <kbd>P</kbd>
            </button>
            <button type="button" className="button" onClick={() => answer(NOT_PAINFUL)}>
              Not painful <kbd>N</kbd>
            </button>
          </div>
          <form className="tp-exam__reading" onSubmit={submitReading}>
            <label className="field__label" htmlFor={readingId}>
              Algometer reading ({algometerUnitSymbol(unit)}), Enter records it
            </label>
            <input
              id={readingId}
              ref={readingInput}
              className="field__input"
              type="number"
              inputMode="decimal"
              step="any"
              value={reading}
              onChange={(event) => setReading(event.target.value)}
            />
            <small>
              Painful when the pain begins below {describeAlgometer(ACR_TEST_PRESSURE_KG_CM2, unit)}
            </small>
            {problem && <small role="alert">{problem}</small>}
          </form>
        </>
      ) : (
        <p className="tp-exam__where">Every site has a result. Finish, or go back to re-do one.</p>
      )}
      <div className="tp-exam__moves">
        <button
          type="button"
          className="button"
          disabled={step === 0}
          onClick={() => goTo(previousStep(step))}
        >
          Back <kbd>B</kbd>
        </button>
        <button
          type="button"
          className={site ? 'button' : 'button button--primary'}
          ref={finishButton}
          onClick={onFinish}
        >
          Finish the exam <kbd>Esc</kbd>
        </button>
      </div>
      <p className="tender-count" data-testid="exam-count">
        {TENDER_POINT_COUNT_LABEL}: <strong>{describeTenderPointCount(count)}</strong>
      </p>
      <p className="tp-exam__criterion" data-testid="exam-criterion">
        {ACR_1990_CRITERION_LABEL}
      </p>
      <ExamSiteList findings={bodies} step={step} unit={unit} onGoTo={goTo} />
    </section>
  );
}
