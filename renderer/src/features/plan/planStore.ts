import { create } from 'zustand';
import type { Client } from '../../../../shared/domain/client';
import type { SessionPlan } from '../../../../shared/domain/plan/records';
import { call } from '../../api/client';
import type { PendingChange } from './changes';
import { EMPTY_HISTORY, recorded, redo, undo, type History } from './history';
import { sendPendingEdits } from './pendingEdits';
import type { Selection } from './selection';
import type { ToolId } from './tools';

/**
 * How last session is shown beside today's plan: not at all, its findings drawn over today's in
 * their own look, or its own read-only model to the left of today's with the cameras linked.
 */
export type CompareMode = 'off' | 'overlay' | 'side_by_side';

/**
 * The session plan's state: what is on the plan (as main last answered), the selection the
 * list and the model share, the tool and brush, and the undo history. Every change goes through
 * `make`, which saves it at once and reloads the plan, flags included. Changes, undos and redos are
 * saved one after another in the order they were asked for, each after the field edits typed before
 * it (`pendingEdits`).
 */
export interface PlanState {
  sessionId: string | null;
  plan: SessionPlan | null;
  previous: SessionPlan | null;
  client: Client | null;
  selection: Selection | null;
  tool: ToolId;
  brushRadiusCm: number;
  history: History;
  /** What went wrong with the last change, shown until the next one. */
  problem: string | null;
  compare: CompareMode;
  /** The tender-point site the guided exam is on, drawn larger on the model; null outside the exam. */
  examSiteId: string | null;
  load(sessionId: string): Promise<void>;
  refresh(): Promise<void>;
  select(selection: Selection | null): void;
  setTool(tool: ToolId): void;
  setBrushRadius(radiusCm: number): void;
  setCompare(compare: CompareMode): void;
  setExamSite(siteId: string | null): void;
  /** Resolves true once the change is saved, false when main refused it (the problem says why). */
  make(change: PendingChange): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  replacePlan(plan: SessionPlan): Promise<void>;
}

async function previousOf(plan: SessionPlan): Promise<SessionPlan | null> {
  return plan.previousSessionId ? call('plan.get', { sessionId: plan.previousSessionId }) : null;
}

export const usePlanStore = create<PlanState>()((set, get) => {
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  /** The plan as main has it now; not shown if the session changed or more steps were asked for meanwhile. */
  const reload = async (unlessBusy: boolean) => {
    const { sessionId } = get();
    if (!sessionId) return;
    const plan = await call('plan.get', { sessionId });
    if (unlessBusy && waiting > 0) return;
    const selection = get().selection;
    const stillThere =
      selection &&
      (selection.type === 'finding' ? plan.findings : plan.zones).some((item) => item.id === selection.id);
    if (get().sessionId === sessionId) set({ plan, selection: stillThere ? selection : null });
  };

  /**
   * Runs a step that changes saved data once the steps before it are done, then shows the plan as
   * main now has it; while further steps wait, what they show already stays on screen.
   */
  const step = (run: () => Promise<void>): Promise<boolean> => {
    waiting += 1;
    const done = queue.then(async () => {
      let saved = true;
      try {
        await run();
        set({ problem: null });
      } catch (error) {
        saved = false;
        set({ problem: (error as Error).message });
      }
      waiting -= 1;
      await reload(true);
      return saved;
    });
    queue = done.catch(() => undefined);
    return done;
  };

  return {
    sessionId: null,
    plan: null,
    previous: null,
    client: null,
    selection: null,
    tool: 'select',
    brushRadiusCm: 3,
    history: EMPTY_HISTORY,
    problem: null,
    compare: 'off',
    examSiteId: null,
    async load(sessionId) {
      set({
        sessionId,
        plan: null,
        previous: null,
        client: null,
        selection: null,
        history: EMPTY_HISTORY,
        // Another session may have no last one to compare with.
        compare: 'off',
      });
      const plan = await call('plan.get', { sessionId });
      const [client, previous] = await Promise.all([
        call('clients.get', { id: plan.session.clientId }),
        previousOf(plan),
      ]);
      if (get().sessionId === sessionId) set({ plan, client, previous });
    },
    refresh: () => reload(false),
    select: (selection) => set({ selection }),
    setTool: (tool) => set({ tool }),
    setBrushRadius: (brushRadiusCm) => set({ brushRadiusCm }),
    setCompare: (compare) => set({ compare }),
    setExamSite: (examSiteId) => set({ examSiteId }),
    make: (pending) => {
      sendPendingEdits();
      // An edit is made on the plan with every change before it and shows at once, so the next
      // edit, and the next tool, work on the plan with it.
      const { plan } = get();
      const onPlan = plan && pending.onto?.(plan);
      if (onPlan) set({ plan: onPlan.shown });
      const made = onPlan ? onPlan.change : pending;
      const { sessionId } = get();
      return step(async () => {
        const { change, selectId } = await made.apply();
        // An edit sent on leaving a plan for another is saved, but is not the new plan's to undo.
        if (get().sessionId !== sessionId) return;
        set({ history: recorded(get().history, change), ...(selectId ? { selection: selectId } : {}) });
      });
    },
    undo: () => {
      sendPendingEdits();
      return step(async () => set({ history: await undo(get().history) }));
    },
    redo: () => {
      sendPendingEdits();
      return step(async () => set({ history: await redo(get().history) }));
    },
    async replacePlan(plan) {
      set({ plan, previous: await previousOf(plan), history: EMPTY_HISTORY });
    },
  };
});
