import type { AlgometerUnit } from '../../../../shared/domain/algometer-units';
import { useCallQuery } from '../../api/queries';

/**
 * The unit the clinic's algometer reads in, for every field and reading on screen. Until the
 * settings arrive it is kg/cm², the stored unit; fields keyed by the unit start again once it is known.
 */
export function useAlgometerUnit(): AlgometerUnit {
  const settings = useCallQuery('settings.get', {});
  return settings.state === 'ready' ? settings.value.algometerUnit : 'kgf';
}
