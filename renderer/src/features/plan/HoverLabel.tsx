import { useNameUnderPointer, usePointerHover } from './pointerName';

/**
 * The name of what the current tool would act on, beside the pointer; from the keyboard, at the
 * centre of the view the focused canvas is looking at. The status line says the same for screen
 * readers, so this one is hidden from them.
 */
export function HoverLabel() {
  const name = useNameUnderPointer();
  const hover = usePointerHover((s) => s.hover);
  if (!name || !hover) return null;
  return (
    <div
      className={hover.by === 'keyboard' ? 'hover-label hover-label--centre' : 'hover-label'}
      data-testid="hover-label"
      aria-hidden="true"
      style={{ left: hover.clientX, top: hover.clientY }}
    >
      {name}
    </div>
  );
}
