import type { Structure } from './types';

/**
 * What each structure is made of, in the words a glTF viewer or another anatomy tool would use.
 * The atlas's own `kind` says how a structure is built (a lofted muscle, a sheet, a solid); this
 * says what it is, which is what an exported file has to tell.
 */
export const TISSUES = [
  'skin',
  'fascia',
  'muscle',
  'tendon',
  'bone',
  'organ',
  'ligament',
  'cartilage',
] as const;
export type Tissue = (typeof TISSUES)[number];

/**
 * Structures whose tissue the kind does not give: the envelope is the body's skin (atlas v1 has
 * no separate superficial-fascia sheet), the nuchal ligament is built as a fascial sheet, the
 * eyes and ears are solids kept as landmarks, and the larynx is mostly cartilage.
 */
const TISSUE_BY_SLUG: Readonly<Record<string, Tissue>> = {
  superficial_fascia: 'skin',
  nuchal_ligament: 'ligament',
  eye: 'organ',
  auricle: 'cartilage',
  larynx: 'cartilage',
};

const TISSUE_BY_KIND: Readonly<Record<Structure['kind'], Tissue>> = {
  muscle: 'muscle',
  fascia: 'fascia',
  bone: 'bone',
  landmark: 'organ',
};

export function tissueOf(structure: Pick<Structure, 'slug' | 'kind'>): Tissue {
  return TISSUE_BY_SLUG[structure.slug] ?? TISSUE_BY_KIND[structure.kind];
}
