import './plan.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PickHit } from '../../scene/model/picking';
import { hrefFor } from '../../navigation/routes';
import { acknowledgementOf } from '../../../../shared/domain/plan/acknowledgements';
import { alreadyCarried } from '../../../../shared/domain/plan/carry-forward';
import { dateOf } from '../../../../shared/domain/dates';
import type { SessionPlan } from '../../../../shared/domain/plan/records';
import { call } from '../../api/client';
import { BodyViewer, type BodyViewerHandle } from '../../scene/BodyViewer';
import { createCameraLink } from '../../scene/viewer/useLinkedCamera';
import { ClientHeader } from '../clients/ClientHeader';
import { formatDateTime } from '../../ui/format';
import { CompareToggle } from './CompareToggle';
import { Details } from './Details';
import { TenderPointExam } from './exam/TenderPointExam';
import { FindingList } from './FindingList';
import { hitForTool } from './hitForTool';
import { HoverLabel } from './HoverLabel';
import { Measures } from './Measures';
import { StructureSearch } from '../model/StructureSearch';
import { PlanLegend } from './PlanLegend';
import { PlanLineToggle } from './PlanLineToggle';
import { PlanList } from './PlanList';
import { usePlanStore } from './planStore';
import { RunMode } from './RunMode';
import { reportHover } from './pointerName';
import { LastSessionMarks, PlanMarks } from './scene/PlanMarks';
import { StartDialog } from './StartDialog';
import { StatusLine } from './StatusLine';
import { Toolbar } from './Toolbar';
import { usePlanKeys } from './usePlanKeys';
import { useModelInput } from './useModelInput';
import { useSkin } from './useSkin';
import { ViewCorner } from './ViewCorner';

type Mode = 'plan' | 'examining' | 'starting' | 'running';

/**
 * The session plan: the model in the centre with its tools, the plan and findings on the
 * left, the selected item on the right. Everything is saved as it is made.
 */
export function PlanScreen({ sessionId }: { sessionId: string }) {
  const plan = usePlanStore((s) => s.plan);
  const client = usePlanStore((s) => s.client);
  const problem = usePlanStore((s) => s.problem);
  const load = usePlanStore((s) => s.load);
  const [failure, setFailure] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('plan');

  useEffect(() => {
    load(sessionId)
      .then(() => setMode(resumedMode(usePlanStore.getState().plan)))
      .catch((error: Error) => setFailure(error.message));
  }, [load, sessionId]);
  usePlanKeys(mode === 'plan');

  if (failure) {
    return (
      <section className="screen">
        <h1>Session plan not found</h1>
        <p role="alert">{failure}</p>
      </section>
    );
  }
  if (!plan || !client || plan.session.id !== sessionId) return <p className="screen">Loading…</p>;
  if (mode === 'running') return <RunMode onExit={() => setMode('plan')} />;
  return (
    <section className="screen plan-screen">
      <ClientHeader
        client={client}
        title={`Session plan, ${formatDateTime(plan.session.startsAt)}`}
        actions={
          <PlanActions
            examining={mode === 'examining'}
            onExam={(examining) => setMode(examining ? 'examining' : 'plan')}
            onStart={() => setMode('starting')}
          />
        }
      />
      {plan.session.locked && (
        <p className="plan-locked">This session’s note is signed: its findings and plan are locked.</p>
      )}
      {problem && (
        <p className="plan-problem" role="alert">
          {problem}
        </p>
      )}
      <PlanArea examining={mode === 'examining'} onExamFinished={() => setMode('plan')} />
      {mode === 'starting' && (
        <StartDialog onStarted={() => setMode('running')} onCancel={() => setMode('plan')} />
      )}
    </section>
  );
}

/**
 * Where a freshly loaded plan opens: a run main still holds open (the screen was showing it when
 * the app locked) comes back by itself, straight to its zone, or through the start dialog when the
 * plan gained a flag nobody has acknowledged yet.
 */
function resumedMode(plan: SessionPlan | null): Mode {
  if (!plan?.runPosition || plan.session.locked) return 'plan';
  const pending = plan.flags.some((flag) => !acknowledgementOf(flag, plan.acknowledgements));
  return pending ? 'starting' : 'running';
}

function PlanActions({
  examining,
  onExam,
  onStart,
}: {
  examining: boolean;
  onExam: (examining: boolean) => void;
  onStart: () => void;
}) {
  const plan = usePlanStore((s) => s.plan)!;
  const replacePlan = usePlanStore((s) => s.replacePlan);
  const { session, previousSessionId, start } = plan;
  const carried = alreadyCarried(plan);
  const carryForward = async () => {
    try {
      await replacePlan(await call('plan.carryForward', { sessionId: session.id }));
    } catch (error) {
      usePlanStore.setState({ problem: (error as Error).message });
    }
  };
  return (
    <>
      <a className="button" href={hrefFor({ place: 'session', sessionId: session.id })}>
        Session note
      </a>
      {previousSessionId && !session.locked && !carried && (
        <button type="button" className="button" onClick={() => void carryForward()}>
          Start from the last session
        </button>
      )}
      {previousSessionId && <CompareToggle />}
      {!session.locked && (
        <button type="button" className="button" aria-pressed={examining} onClick={() => onExam(!examining)}>
          Tender-point exam
        </button>
      )}
      {!session.locked && (
        <button type="button" className="button button--primary" onClick={onStart}>
          {start ? 'Resume the session' : 'Start session'}
        </button>
      )}
    </>
  );
}

/** The model lights and frames what the current tool would act on. */
const toolTarget = (hits: readonly PickHit[]) => hitForTool(usePlanStore.getState().tool, hits);

/**
 * The panels and the model; while the tender-point exam runs, it takes the details column. Side by
 * side, last session's model stands read-only to the left of today's, the two cameras linked; only
 * today's pane takes the tools' clicks and strokes.
 */
function PlanArea({ examining, onExamFinished }: { examining: boolean; onExamFinished: () => void }) {
  const viewer = useRef<BodyViewerHandle>(null);
  const todayPane = useRef<HTMLDivElement>(null);
  const skin = useSkin();
  const onPick = useModelInput(todayPane, viewer, skin);
  const compare = usePlanStore((s) => s.compare);
  const plan = usePlanStore((s) => s.plan)!;
  const previous = usePlanStore((s) => s.previous);
  const sideBySide = compare === 'side_by_side' && previous !== null;
  // A new link per pairing: the viewer that opens beside today's takes today's camera.
  const cameraLink = useMemo(() => (sideBySide ? createCameraLink() : undefined), [sideBySide]);
  const lineId = usePlanStore((s) => s.plan?.session.highlightedLineId ?? null);
  useEffect(() => () => reportHover(null), []);
  return (
    <div className="plan-layout">
      <aside className="plan-side" aria-label="Plan and findings">
        <StructureSearch />
        <PlanLineToggle />
        <PlanList />
        <FindingList />
        <Measures skin={skin} />
      </aside>
      <div className="plan-canvas">
        <Toolbar />
        <div className={sideBySide ? 'plan-stage plan-stage--pair' : 'plan-stage'}>
          {sideBySide && (
            <div className="plan-pane plan-pane--last">
              <BodyViewer
                className="plan-viewer plan-viewer--last"
                label={`Body model: last session, ${dateOf(previous.session.startsAt)}, read only`}
                // the model and its lit structures are shared: both panes show today's line
                highlightedLineId={lineId}
                cameraLink={cameraLink}
              >
                {skin && <LastSessionMarks skin={skin} />}
              </BodyViewer>
              <p className="plan-pane__caption">
                Last session, {dateOf(previous.session.startsAt)} · read only
              </p>
            </div>
          )}
          <div className="plan-pane" ref={todayPane}>
            <BodyViewer
              className="plan-viewer"
              label="Body model: findings and treatment zones"
              onPick={onPick}
              onHover={reportHover}
              pickTarget={toolTarget}
              handleRef={viewer}
              highlightedLineId={lineId}
              cameraLink={cameraLink}
            >
              {skin && <PlanMarks skin={skin} />}
            </BodyViewer>
            {sideBySide && <p className="plan-pane__caption">Today, {dateOf(plan.session.startsAt)}</p>}
            <ViewCorner />
            <HoverLabel />
          </div>
        </div>
        <StatusLine />
      </div>
      <aside className="plan-details-column" aria-label="Selected item and legend">
        {examining ? (
          <TenderPointExam onFinish={onExamFinished} />
        ) : (
          <>
            <Details />
            <PlanLegend />
          </>
        )}
      </aside>
    </div>
  );
}
