export * from './types';
export { ATLAS, ATLAS_VERSION, STRUCTURES, type Atlas } from './atlas';
export { mirrorPoint } from './mirror';
export {
  LAYER_LABELS,
  endangermentSites,
  lineStructureIds,
  linesContaining,
  myofascialLines,
  searchStructures,
  sideWords,
  structureById,
  structureLabel,
  structuresInWpiArea,
  tenderPointSites,
  wpiAreaLabel,
  wpiAreas,
} from './queries';
