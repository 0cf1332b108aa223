import type { Handlers } from '../../../shared/api/handlers';
import {
  findTechnique,
  insertTechnique,
  listTechniques,
  updateTechnique,
} from '../db/repositories/techniques';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';

type TechniqueHandlers = Pick<Handlers, 'techniques.list' | 'techniques.create' | 'techniques.update'>;

/** The clinic's own catalogue. A technique is retired rather than removed: old plans still name it. */
export function techniquesHandlers({ db, newId }: ServicePorts) {
  return {
    'techniques.list': () => listTechniques(db),
    'techniques.create': (input) => {
      const technique = { id: newId(), ...input, retired: false };
      insertTechnique(db, technique);
      return technique;
    },
    'techniques.update': (technique) => {
      found(findTechnique(db, technique.id), 'technique');
      updateTechnique(db, technique);
      return technique;
    },
  } satisfies TechniqueHandlers;
}
