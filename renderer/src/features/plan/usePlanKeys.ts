import { useEffect } from 'react';
import { useViewerStore } from '../../scene/viewerStore';
import { deleteFinding, deleteZone } from './changes';
import { usePlanStore } from './planStore';
import { BRUSH_RADII_CM, TOOLS } from './tools';
import { VIEW_KEYS } from './ViewCorner';

/** Whether a key press is typing into a field, where letters are text rather than commands. */
export function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** Tools, views, brush size, undo/redo and delete from the keyboard; off while typing in a field. */
export function usePlanKeys(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.altKey) return;
      const store = usePlanStore.getState();
      const key = event.key.toLowerCase();
      if (event.ctrlKey || event.metaKey) {
        if (key === 'z' && !event.shiftKey) void store.undo();
        else if ((key === 'z' && event.shiftKey) || key === 'y') void store.redo();
        else return;
        event.preventDefault();
        return;
      }
      const tool = TOOLS.find((entry) => entry.key === key);
      const view = VIEW_KEYS.find((entry) => entry.key === key);
      const radii = BRUSH_RADII_CM as readonly number[];
      const radiusIndex = radii.indexOf(store.brushRadiusCm);
      if (tool) store.setTool(tool.id);
      else if (view) useViewerStore.getState().showPreset(view.preset);
      else if (key === '[') store.setBrushRadius(radii[Math.max(0, radiusIndex - 1)]!);
      else if (key === ']') store.setBrushRadius(radii[Math.min(radii.length - 1, radiusIndex + 1)]!);
      else if (key === 'escape') {
        store.setTool('select');
        store.select(null);
      } else if ((key === 'delete' || key === 'backspace') && store.selection && store.plan) {
        const { selection, plan } = store;
        const finding = plan.findings.find((f) => f.id === selection.id);
        const zone = plan.zones.find((z) => z.id === selection.id);
        if (finding) void store.make(deleteFinding(finding, 'Delete finding'));
        else if (zone) void store.make(deleteZone(zone, 'Delete zone'));
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
