import { buildBodySurfaceInSlices, type SkinSurface } from './bodySurface';
import { ENVELOPE_ID, getBodyPresentation } from './bodyPresentation';

let pending: Promise<SkinSurface> | null = null;

/** The skin as measurable patches, built once per app session after the envelope is ready. */
export function skinSurface(): Promise<SkinSurface> {
  pending ??= getBodyPresentation().envelopeReady.then(() => {
    const { model } = getBodyPresentation();
    const envelope = model.layerMeshes.get('superficial_fascia');
    if (!envelope || model.structureIndex.get(ENVELOPE_ID) === undefined)
      throw new Error('The skin is not ready');
    return buildBodySurfaceInSlices(model, envelope);
  });
  return pending;
}
