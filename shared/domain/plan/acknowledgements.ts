import type { FlagAcknowledgement } from './records';
import type { PlanFlag } from './safety';

/**
 * The acknowledgement that covers `flag`, if any. It covers the flag only as it read when it was
 * acknowledged: a zone whose pressure went from firm to deep keeps its flag's key, but nobody has
 * seen the new reason yet.
 */
export function acknowledgementOf(
  flag: PlanFlag,
  acknowledgements: readonly FlagAcknowledgement[],
): FlagAcknowledgement | undefined {
  return acknowledgements.find((ack) => ack.key === flag.key && ack.reason === flag.reason);
}
