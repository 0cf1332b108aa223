import type { MyofascialLine } from './types';

/**
 * Myofascial lines (after Myers' Anatomy Trains) as ordered chains of atlas structures, written
 * with slugs and expanded per side. A slug ending in `_M` is a midline structure shared by both
 * sides; a `~` prefix means "the opposite side" (the spiral line crosses the midline).
 */
interface LineSpec {
  readonly slug: string;
  readonly name: string;
  readonly chain: readonly string[];
}

const LINE_SPECS: readonly LineSpec[] = [
  {
    slug: 'superficial_back_line',
    name: 'Superficial back line',
    chain: [
      'flexor_digitorum_brevis',
      'plantar_fascia',
      'gastrocnemius_lateral',
      'gastrocnemius_medial',
      'biceps_femoris_long',
      'semitendinosus',
      'thoracolumbar_fascia',
      'iliocostalis',
      'longissimus',
      'semispinalis_capitis',
      'occipitalis',
      'epicranial_aponeurosis_M',
      'frontalis',
    ],
  },
  {
    slug: 'superficial_front_line',
    name: 'Superficial front line',
    chain: [
      'extensor_digitorum_brevis',
      'extensor_digitorum_longus',
      'tibialis_anterior',
      'rectus_femoris',
      'rectus_abdominis',
      'rectus_sheath',
      'pectoralis_major_sternal',
      'pectoral_fascia',
      'sternocleidomastoid',
      'epicranial_aponeurosis_M',
    ],
  },
  {
    slug: 'lateral_line',
    name: 'Lateral line',
    chain: [
      'fibularis_brevis',
      'fibularis_longus',
      'crural_fascia',
      'iliotibial_band',
      'tensor_fasciae_latae',
      'gluteus_maximus',
      'gluteus_medius',
      'internal_oblique',
      'external_oblique',
      'external_intercostals',
      'sternocleidomastoid',
      'splenius_capitis',
    ],
  },
  {
    slug: 'spiral_line',
    name: 'Spiral line',
    chain: [
      'splenius_capitis',
      'splenius_cervicis',
      '~rhomboid_minor',
      '~rhomboid_major',
      '~serratus_anterior',
      '~external_oblique',
      'linea_alba_M',
      'internal_oblique',
      'tensor_fasciae_latae',
      'iliotibial_band',
      'tibialis_anterior',
      'fibularis_longus',
      'biceps_femoris_long',
      'longissimus',
    ],
  },
  {
    slug: 'deep_front_line',
    name: 'Deep front line',
    chain: [
      'flexor_hallucis_longus',
      'tibialis_posterior',
      'flexor_digitorum_longus',
      'popliteus',
      'adductor_magnus',
      'adductor_brevis',
      'adductor_longus',
      'pectineus',
      'iliacus',
      'psoas_major',
      'quadratus_lumborum',
      'longus_colli',
      'scalene_anterior',
      'scalene_middle',
      'digastric',
    ],
  },
  {
    slug: 'superficial_front_arm_line',
    name: 'Superficial front arm line',
    chain: [
      'pectoralis_major_clavicular',
      'pectoralis_major_sternal',
      'latissimus_dorsi',
      'brachial_fascia',
      'flexor_carpi_radialis',
      'palmaris_longus',
      'flexor_digitorum_superficialis',
      'flexor_carpi_ulnaris',
      'antebrachial_fascia',
      'palmar_aponeurosis',
    ],
  },
  {
    slug: 'deep_front_arm_line',
    name: 'Deep front arm line',
    chain: [
      'pectoralis_minor',
      'coracobrachialis',
      'biceps_brachii',
      'brachialis',
      'pronator_teres',
      'flexor_pollicis_longus',
      'abductor_pollicis_brevis',
      'flexor_pollicis_brevis',
      'opponens_pollicis',
    ],
  },
  {
    slug: 'superficial_back_arm_line',
    name: 'Superficial back arm line',
    chain: [
      'trapezius_upper',
      'trapezius_middle',
      'trapezius_lower',
      'deltoid_anterior',
      'deltoid_middle',
      'deltoid_posterior',
      'brachioradialis',
      'extensor_carpi_radialis_longus',
      'extensor_carpi_radialis_brevis',
      'extensor_digitorum',
      'extensor_digiti_minimi',
    ],
  },
  {
    slug: 'deep_back_arm_line',
    name: 'Deep back arm line',
    chain: [
      'rhomboid_minor',
      'rhomboid_major',
      'levator_scapulae',
      'supraspinatus',
      'infraspinatus',
      'teres_minor',
      'triceps_long',
      'triceps_lateral',
      'extensor_carpi_ulnaris',
      'abductor_digiti_minimi_manus',
    ],
  },
];

function resolve(entry: string, own: 'L' | 'R'): string {
  if (entry.endsWith('_M')) return entry;
  const other = own === 'L' ? 'R' : 'L';
  return entry.startsWith('~') ? `${entry.slice(1)}_${other}` : `${entry}_${own}`;
}

export const MYOFASCIAL_LINES: readonly MyofascialLine[] = LINE_SPECS.flatMap((spec) =>
  (['L', 'R'] as const).map((suffix) => ({
    id: `${spec.slug}_${suffix}`,
    name: `${spec.name} (client's ${suffix === 'L' ? 'left' : 'right'})`,
    side: suffix === 'L' ? ('left' as const) : ('right' as const),
    structureIds: spec.chain.map((entry) => resolve(entry, suffix)),
  })),
);
