import { create } from 'zustand';
import type { Client } from '../../../../shared/domain/client';
import type { Workspace } from '../../../../shared/domain/map/records';
import { call } from '../../api/client';
import type { PendingChange } from './changes';
import { EMPTY_HISTORY, recorded, redo, undo, type History } from './history';
import type { ToolId } from './tools';

export interface Selection {
  type: 'finding' | 'zone';
  id: string;
}

/**
 * The session workspace's state: what is on the plan (as main last answered), the selection the
 * list and the model share, the tool and brush, and the undo history. Every change goes through
 * `make`, which saves it at once and reloads the plan, flags included.
 */
export interface PlanState {
  sessionId: string | null;
  workspace: Workspace | null;
  previous: Workspace | null;
  client: Client | null;
  selection: Selection | null;
  tool: ToolId;
  brushRadiusCm: number;
  history: History;
  /** What went wrong with the last change, shown until the next one. */
  problem: string | null;
  /** Draw the previous session's findings over this one's. */
  comparing: boolean;
  load(sessionId: string): Promise<void>;
  refresh(): Promise<void>;
  select(selection: Selection | null): void;
  setTool(tool: ToolId): void;
  setBrushRadius(radiusCm: number): void;
  setComparing(comparing: boolean): void;
  make(change: PendingChange): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  replaceWorkspace(workspace: Workspace): Promise<void>;
}

async function previousOf(workspace: Workspace): Promise<Workspace | null> {
  return workspace.previousSessionId ? call('plan.get', { sessionId: workspace.previousSessionId }) : null;
}

export const usePlanStore = create<PlanState>()((set, get) => {
  /** Runs a step that changes saved data, then shows the plan as main now has it. */
  const step = async (run: () => Promise<void>) => {
    try {
      await run();
      set({ problem: null });
    } catch (error) {
      set({ problem: (error as Error).message });
    }
    await get().refresh();
  };

  return {
    sessionId: null,
    workspace: null,
    previous: null,
    client: null,
    selection: null,
    tool: 'select',
    brushRadiusCm: 3,
    history: EMPTY_HISTORY,
    problem: null,
    comparing: false,
    async load(sessionId) {
      set({
        sessionId,
        workspace: null,
        previous: null,
        client: null,
        selection: null,
        history: EMPTY_HISTORY,
      });
      const workspace = await call('plan.get', { sessionId });
      const [client, previous] = await Promise.all([
        call('clients.get', { id: workspace.session.clientId }),
        previousOf(workspace),
      ]);
      if (get().sessionId === sessionId) set({ workspace, client, previous });
    },
    async refresh() {
      const { sessionId } = get();
      if (!sessionId) return;
      const workspace = await call('plan.get', { sessionId });
      const selection = get().selection;
      const stillThere =
        selection &&
        (selection.type === 'finding' ? workspace.findings : workspace.zones).some(
          (item) => item.id === selection.id,
        );
      if (get().sessionId === sessionId) set({ workspace, selection: stillThere ? selection : null });
    },
    select: (selection) => set({ selection }),
    setTool: (tool) => set({ tool }),
    setBrushRadius: (brushRadiusCm) => set({ brushRadiusCm }),
    setComparing: (comparing) => set({ comparing }),
    make: (pending) =>
      step(async () => {
        const { change, selectId } = await pending.apply();
        set({ history: recorded(get().history, change), ...(selectId ? { selection: selectId } : {}) });
      }),
    undo: () => step(async () => set({ history: await undo(get().history) })),
    redo: () => step(async () => set({ history: await redo(get().history) })),
    async replaceWorkspace(workspace) {
      set({ workspace, previous: await previousOf(workspace), history: EMPTY_HISTORY });
    },
  };
});
