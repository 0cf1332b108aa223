import { ATLAS } from '../../../../shared/anatomy';
import { attachEnvelope, buildBodyModel, type BodyModel } from './bodyModel';
import { buildEnvelope } from './envelope';

/** The superficial fascia envelope's structure id: the one structure built by `envelope.ts`. */
export const ENVELOPE_ID = 'superficial_fascia_M';

/**
 * The whole model as the viewer ends up with it, built in one go: the structures, then the
 * superficial fascia envelope. What the build stores as the model asset, and what the viewer's
 * worker builds when that asset cannot be used; Node code (benchmarks, the exporter, tests) calls it directly.
 */
export function buildWholeBody(): BodyModel {
  const model = buildBodyModel(ATLAS);
  attachEnvelope(model, ENVELOPE_ID, buildEnvelope(model.envelopeInput));
  return model;
}
