import { useCallback, useEffect, useRef, useState } from 'react';
import {
  describePlannedPressure,
  quickPressures,
  type PlannedPressure,
} from '../../../../shared/domain/plan/planned-pressure';
import {
  CLIENT_RESPONSES,
  describeLoggedHold,
  type ClientResponse,
  type RunPosition,
} from '../../../../shared/domain/plan/run';
import { zoneName } from '../../../../shared/domain/plan/zones';
import { sameReading } from '../../../../shared/domain/pressure';
import { call } from '../../api/client';
import { techniqueName } from './describe';
import { STOPPED, clockText, elapsedMs, toggle, type HoldTimer } from './holdTimer';
import { usePlanStore } from './planStore';
import { useAlgometerUnit } from '../settings/useAlgometerUnit';

/** The timer as main last kept it, counted on from this page's clock. */
function timerFrom(position: RunPosition | null): HoldTimer {
  if (!position) return STOPPED;
  return { heldMs: position.heldSeconds * 1000, runningSince: position.running ? performance.now() : null };
}

/**
 * The screen glanced at with busy hands: one zone at a time in large type, a hold timer on one
 * key (Space) or one big button, and the pressure used and the client's response as taps. Main
 * keeps the zone shown and the hold as they change (the page's clock only draws it), so a lock
 * mid-hold logs the hold as interrupted and unlocking comes back here, at the same zone.
 */
export function RunMode({ onExit }: { onExit: () => void }) {
  const unit = useAlgometerUnit();
  const plan = usePlanStore((s) => s.plan)!;
  const refresh = usePlanStore((s) => s.refresh);
  const { zones, techniques, runs, runPosition } = plan;
  // Where main left the run: its zone, and the hold on it counted on from there.
  const [resumed] = useState(() => {
    const at = Math.max(
      0,
      zones.findIndex((candidate) => candidate.id === runPosition?.zoneId),
    );
    return { index: at, timer: timerFrom(zones[at]?.id === runPosition?.zoneId ? runPosition : null) };
  });
  const [index, setIndex] = useState(resumed.index);
  const timer = useRef<HoldTimer>(resumed.timer);
  const [running, setRunning] = useState(resumed.timer.runningSince !== null);
  const [problem, setProblem] = useState<string | null>(null);
  const clock = useRef<HTMLOutputElement>(null);
  const zone = zones[index];
  const run = runs.find((r) => r.zoneId === zone?.id) ?? null;
  const sessionId = plan.session.id;
  const zoneId = zone?.id ?? null;

  /** A write made with busy hands and no save button: a refusal must show, or the tap looks recorded. */
  const record = useCallback(async (write: () => Promise<unknown>): Promise<boolean> => {
    try {
      await write();
    } catch (error) {
      setProblem(`Not saved: ${(error as Error).message}`);
      return false;
    }
    setProblem(null);
    return true;
  }, []);

  // Main learns which zone is shown; the same zone again keeps the hold main has on it.
  useEffect(() => {
    call('runs.show', { sessionId, zoneId }).catch((error: Error) =>
      setProblem(`Not saved: ${error.message}`),
    );
  }, [sessionId, zoneId]);

  // The clock is written straight into the page a few times a second; React renders only on start/stop.
  useEffect(() => {
    const tick = () => {
      if (clock.current) clock.current.textContent = clockText(elapsedMs(timer.current, performance.now()));
    };
    tick();
    const id = window.setInterval(tick, 200);
    return () => window.clearInterval(id);
  }, []);

  const shown = useCallback(
    () => refresh().catch((error: Error) => setProblem(`Saved, but not shown yet: ${error.message}`)),
    [refresh],
  );

  const save = useCallback(
    async (change: { pressureUsed?: PlannedPressure; response?: ClientResponse }) => {
      if (!zone) return;
      if (await record(() => call('runs.save', { zoneId: zone.id, ...change }))) await shown();
    },
    [zone, record, shown],
  );

  const startOrPause = useCallback(() => {
    timer.current = toggle(timer.current, performance.now());
    const nowRunning = timer.current.runningSince !== null;
    setRunning(nowRunning);
    void record(() => call('runs.hold', { sessionId, running: nowRunning }));
  }, [record, sessionId]);

  // Main times the hold it logs; this page's timer only resets.
  const stop = useCallback(async () => {
    timer.current = STOPPED;
    setRunning(false);
    if (await record(() => call('runs.logHold', { sessionId }))) await shown();
  }, [record, sessionId, shown]);

  const go = useCallback(
    (to: number) => {
      if (to < 0 || to >= zones.length) return;
      timer.current = STOPPED;
      setRunning(false);
      setProblem(null);
      setIndex(to);
    },
    [zones.length],
  );

  // Leaving on purpose closes the run screen in main too, so the plan does not reopen it.
  const exit = useCallback(async () => {
    await record(() => call('runs.show', { sessionId, zoneId: null }));
    onExit();
  }, [record, sessionId, onExit]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      if (event.key === ' ') {
        event.preventDefault();
        startOrPause();
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        void stop();
      } else if (event.key === 'ArrowRight') go(index + 1);
      else if (event.key === 'ArrowLeft') go(index - 1);
      else if (event.key === 'Escape') void exit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [startOrPause, stop, go, index, exit]);

  return (
    <section className="screen run-mode" aria-labelledby="run-heading">
      <header className="run-mode__header">
        <h1 id="run-heading">Running the session · {plan.session.clientName}</h1>
        <button type="button" className="button" onClick={() => void exit()} aria-keyshortcuts="Escape">
          Back to the plan <kbd>Esc</kbd>
        </button>
      </header>
      {!zone ? (
        <p className="run-mode__empty">This plan has no zones.</p>
      ) : (
        <>
          <p className="run-mode__step">
            Zone {index + 1} of {zones.length}
          </p>
          <h2 className="run-mode__zone">{zoneName(zone.body)}</h2>
          <p className="run-mode__facts">
            {techniqueName(techniques, zone.body.techniqueId)} ·{' '}
            {describePlannedPressure(zone.body.pressure, unit)} · hold {zone.body.holdMinutes} min
          </p>
          {plan.flags
            .filter((flag) => flag.zoneId === zone.id)
            .map((flag) => (
              <p key={flag.key} className="run-mode__flag">
                <span className="flag__symbol" aria-hidden="true">
                  !
                </span>{' '}
                {flag.reason}
              </p>
            ))}
          <div className="run-mode__timer">
            <output ref={clock} className="run-mode__clock" aria-label="Hold time" data-testid="hold-clock">
              00:00
            </output>
            <button
              type="button"
              className="button button--primary run-mode__big"
              onClick={startOrPause}
              aria-keyshortcuts="Space"
            >
              {running ? 'Pause hold' : 'Start hold'} <kbd>Space</kbd>
            </button>
            <button
              type="button"
              className="button run-mode__big"
              onClick={() => void stop()}
              aria-keyshortcuts="Enter"
            >
              Stop and log <kbd>Enter</kbd>
            </button>
          </div>
          {problem && (
            <p className="plan-problem" role="alert">
              {problem}
            </p>
          )}
          <p className="run-mode__logged" data-testid="logged-hold">
            {run?.holdSeconds != null ? `Logged hold: ${describeLoggedHold(run)}` : 'No hold logged yet'}
          </p>
          <div className="run-mode__quick" role="group" aria-label="Pressure used">
            <span className="run-mode__quick-label">Pressure used</span>
            {quickPressures(zone.body.pressure).map((pressure) => (
              <button
                key={String(pressure.value)}
                type="button"
                className={sameReading(run?.pressureUsed ?? null, pressure) ? 'tool tool--on' : 'tool'}
                aria-pressed={sameReading(run?.pressureUsed ?? null, pressure)}
                onClick={() => void save({ pressureUsed: pressure })}
              >
                {describePlannedPressure(pressure, unit)}
              </button>
            ))}
          </div>
          <div className="run-mode__quick" role="group" aria-label="Client's response">
            <span className="run-mode__quick-label">Client’s response</span>
            {CLIENT_RESPONSES.map((response) => (
              <button
                key={response.id}
                type="button"
                className={run?.response === response.id ? 'tool tool--on' : 'tool'}
                aria-pressed={run?.response === response.id}
                onClick={() => void save({ response: response.id })}
              >
                {response.label}
              </button>
            ))}
          </div>
          <div className="run-mode__nav">
            <button type="button" className="button" disabled={index === 0} onClick={() => go(index - 1)}>
              ← Previous zone
            </button>
            <button
              type="button"
              className="button"
              disabled={index === zones.length - 1}
              onClick={() => go(index + 1)}
            >
              Next zone →
            </button>
          </div>
        </>
      )}
    </section>
  );
}
