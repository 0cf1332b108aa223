import { useNameUnderPointer, usePointerHover } from './pointerName';

/** Under the model: what the current tool would act on, read out politely as it changes. */
export function StatusLine() {
  const name = useNameUnderPointer();
  const byKeyboard = usePointerHover((s) => s.hover?.by === 'keyboard');
  const idle = byKeyboard
    ? 'Nothing at the centre of the view'
    : 'Point at the model, or focus it and use the arrow keys, to name a structure';
  return (
    <p className="plan-status-line" role="status" aria-label="Under the pointer">
      {name ?? idle}
    </p>
  );
}
