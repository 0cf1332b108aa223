import { useCallback, useEffect, useRef, useState } from 'react';
import {
  describePlannedPressure,
  quickPressures,
  type PlannedPressure,
} from '../../../../shared/domain/plan/planned-pressure';
import { CLIENT_RESPONSES, formatHold, type ClientResponse } from '../../../../shared/domain/plan/run';
import { zoneName } from '../../../../shared/domain/plan/zones';
import { sameReading } from '../../../../shared/domain/pressure';
import { call } from '../../api/client';
import { techniqueName } from './describe';
import { STOPPED, clockText, elapsedMs, toggle, type HoldTimer } from './holdTimer';
import { usePlanStore } from './planStore';

/**
 * The screen glanced at with busy hands: one zone at a time in large type, a hold timer on one
 * key (Space) or one big button, and the pressure used and the client's response as taps.
 */
export function RunMode({ onExit }: { onExit: () => void }) {
  const plan = usePlanStore((s) => s.plan)!;
  const refresh = usePlanStore((s) => s.refresh);
  const [index, setIndex] = useState(0);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const timer = useRef<HoldTimer>(STOPPED);
  const clock = useRef<HTMLOutputElement>(null);
  const { zones, techniques, runs } = plan;
  const zone = zones[index];
  const run = runs.find((r) => r.zoneId === zone?.id) ?? null;

  // The clock is written straight into the page a few times a second; React renders only on start/stop.
  useEffect(() => {
    const tick = () => {
      if (clock.current) clock.current.textContent = clockText(elapsedMs(timer.current, performance.now()));
    };
    tick();
    const id = window.setInterval(tick, 200);
    return () => window.clearInterval(id);
  }, []);

  const save = useCallback(
    async (change: { holdSeconds?: number; pressureUsed?: PlannedPressure; response?: ClientResponse }) => {
      if (!zone) return;
      // Tapped with busy hands and no save button: a refusal must show, or the tap looks recorded.
      try {
        await call('runs.save', { zoneId: zone.id, ...change });
      } catch (error) {
        setProblem(`Not saved: ${(error as Error).message}`);
        return;
      }
      setProblem(null);
      await refresh().catch((error: Error) => setProblem(`Saved, but not shown yet: ${error.message}`));
    },
    [zone, refresh],
  );

  const startOrPause = useCallback(() => {
    timer.current = toggle(timer.current, performance.now());
    setRunning(timer.current.runningSince !== null);
  }, []);

  const stop = useCallback(async () => {
    const seconds = Math.round(elapsedMs(timer.current, performance.now()) / 1000);
    timer.current = STOPPED;
    setRunning(false);
    if (seconds > 0) await save({ holdSeconds: seconds });
  }, [save]);

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
      else if (event.key === 'Escape') onExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [startOrPause, stop, go, index, onExit]);

  return (
    <section className="screen run-mode" aria-labelledby="run-heading">
      <header className="run-mode__header">
        <h1 id="run-heading">Running the session · {plan.session.clientName}</h1>
        <button type="button" className="button" onClick={onExit} aria-keyshortcuts="Escape">
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
            {techniqueName(techniques, zone.body.techniqueId)} · {describePlannedPressure(zone.body.pressure)}{' '}
            · hold {zone.body.holdMinutes} min
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
            {run?.holdSeconds != null ? `Logged hold: ${formatHold(run.holdSeconds)}` : 'No hold logged yet'}
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
                {describePlannedPressure(pressure)}
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
