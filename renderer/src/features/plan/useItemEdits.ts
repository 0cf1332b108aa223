import { useCallback, useEffect, useRef } from 'react';
import { FindingBody } from '../../../../shared/domain/plan/findings';
import type { Finding, SessionPlan, Zone } from '../../../../shared/domain/plan/records';
import { ZoneBody } from '../../../../shared/domain/plan/zones';
import { useAutosave } from '../../ui/useAutosave';
import { validate } from '../../ui/validate';
import { updateFinding, updateZone, type PendingChange } from './changes';
import { holdPendingEdits } from './pendingEdits';
import { usePlanStore } from './planStore';
import type { Selection } from './selection';

/** What the fields of one part of the selected item's body do with a value. */
export interface PartEdits<Value> {
  /** A value typed: saved after the pause in typing when it can be, else the message why not. */
  typed(value: Value): string | null;
  /** A value chosen from a list: saved at once. */
  chosen(value: Value): void;
  /** The field was left: what was typed is saved now. */
  done(): void;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

type Body = Record<string, unknown>;
type Item = { type: 'finding'; item: Finding } | { type: 'zone'; item: Zone };

function itemIn(plan: SessionPlan | null, selected: Selection): Item | null {
  if (selected.type === 'finding') {
    const item = plan?.findings.find((finding) => finding.id === selected.id);
    return item ? { type: 'finding', item } : null;
  }
  const item = plan?.zones.find((zone) => zone.id === selected.id);
  return item ? { type: 'zone', item } : null;
}

function editOf(found: Item, body: Body): PendingChange {
  return found.type === 'finding'
    ? updateFinding(found.item, body as FindingBody, 'Edit finding')
    : updateZone(found.item, body as ZoneBody, 'Edit zone');
}

function withParts(parts: ReadonlyMap<string, (body: Body) => Body>, body: Body): Body {
  return [...parts.values()].reduce((next, part) => part(next), body);
}

/** The first message main's own schema gives for `key` (or a part of it) in `body`. */
function problemAt(found: Item, body: Body, key: string): string | null {
  const checked = validate(found.type === 'finding' ? FindingBody : ZoneBody, body);
  if (checked.ok) return null;
  const path = Object.keys(checked.errors).find((at) => at === key || at.startsWith(`${key}.`));
  return path === undefined ? null : checked.errors[path]!;
}

/**
 * The selected finding's or zone's fields, saved as they are typed: each field keeps its latest
 * valid value until a pause in typing, leaving the field, choosing from a list, selecting another
 * item, leaving the screen, or any other change to the plan (`pendingEdits`) sends them, all
 * together, as one change to undo. A value main's schema refuses is not kept, and its message is
 * returned to the field.
 */
export function useItemEdits(type: Selection['type'], id: string) {
  const make = usePlanStore((s) => s.make);
  /** Each part's latest valid value, as a change to the body; sent in the order first typed. */
  const parts = useRef(new Map<string, (body: Body) => Body>());
  const lastSave = useRef<Promise<boolean>>(Promise.resolve(true));

  const current = useCallback(() => itemIn(usePlanStore.getState().plan, { type, id }), [type, id]);

  /** Hands what is kept to the store at once; the answer is that of the latest save. */
  const send = useCallback(() => {
    const found = current();
    if (parts.current.size > 0 && found) {
      const body = withParts(parts.current, found.item.body as Body);
      parts.current.clear();
      lastSave.current = make(editOf(found, body));
    }
    return lastSave.current;
  }, [current, make]);

  const autosave = useAutosave(async () => {
    if (!(await send())) throw new Error(usePlanStore.getState().problem ?? 'Not saved');
  });
  const { typed, flush } = autosave;

  useEffect(() => {
    const release = holdPendingEdits(send);
    return () => {
      release();
      send();
    };
  }, [send]);

  /** The edits of `body`'s part `key`; `body` only names the item's kind for the part's type. */
  const part = <B, K extends keyof B & string>(_body: B, key: K): PartEdits<B[K]> => ({
    typed(value) {
      const found = current();
      if (!found) return null;
      const change = (body: Body) => ({ ...body, [key]: value });
      const problem = problemAt(found, change(withParts(parts.current, found.item.body as Body)), key);
      if (problem) parts.current.delete(key);
      else {
        parts.current.set(key, change);
        typed();
      }
      return problem;
    },
    chosen(value) {
      parts.current.set(key, (body) => ({ ...body, [key]: value }));
      typed();
      void flush();
    },
    done: () => void flush(),
  });

  const state: SaveState =
    autosave.waiting || autosave.state.kind === 'saving' ? 'saving' : autosave.state.kind;
  return { part, state };
}
