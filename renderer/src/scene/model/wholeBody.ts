import { ATLAS } from '../../../../shared/anatomy';
import { ENVELOPE_ID } from '../bodyPresentation';
import { attachEnvelope, buildBodyModel, type BodyModel } from './bodyModel';
import { buildEnvelope } from './envelope';

/**
 * The whole model as the viewer ends up with it, built in one go: the structures, then the
 * superficial fascia envelope. For Node (the benchmarks, the exporter, tests); the viewer builds
 * the envelope in a worker instead.
 */
export function buildWholeBody(): BodyModel {
  const model = buildBodyModel(ATLAS);
  attachEnvelope(model, ENVELOPE_ID, buildEnvelope(model.envelopeInput));
  return model;
}
