import { useNameUnderPointer } from './pointerName';

/** Under the model: what the current tool would act on, read out politely as it changes. */
export function StatusLine() {
  const name = useNameUnderPointer();
  return (
    <p className="plan-status-line" role="status" aria-label="Under the pointer">
      {name ?? 'Point at the model, or focus it and use the arrow keys, to name a structure'}
    </p>
  );
}
