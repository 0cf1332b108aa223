import { mirrorPoint } from './mirror';
import type { BodySite, Vec3 } from './types';

/**
 * Fixed sites written for the client's left and mirrored, plus midline ones. Each names the
 * structure whose surface it lies on (the tests check it is within 1 cm of that surface).
 */
interface SiteSpec {
  readonly slug: string;
  readonly name: string;
  readonly structureSlug: string;
  readonly point: Vec3;
  readonly description: string;
}

function bilateral(specs: readonly SiteSpec[]): BodySite[] {
  return specs.flatMap((s) => [
    {
      id: `${s.slug}_L`,
      name: `${s.name} (client's left)`,
      side: 'left' as const,
      structureId: `${s.structureSlug}_L`,
      point: s.point,
      description: s.description,
    },
    {
      id: `${s.slug}_R`,
      name: `${s.name} (client's right)`,
      side: 'right' as const,
      structureId: `${s.structureSlug}_R`,
      point: mirrorPoint(s.point),
      description: s.description,
    },
  ]);
}

/** The 18 ACR 1990 tender points: nine bilateral pairs. */
export const TENDER_POINT_SITES: readonly BodySite[] = bilateral([
  {
    slug: 'tp_occiput',
    name: 'Occiput',
    structureSlug: 'semispinalis_capitis',
    point: [2.8, 158.0, -9.4],
    description: 'Suboccipital muscle insertions.',
  },
  {
    slug: 'tp_low_cervical',
    name: 'Low cervical',
    structureSlug: 'scalene_anterior',
    point: [4.6, 144.0, 1.6],
    description: 'Anterior aspects of the C5-C7 intertransverse spaces.',
  },
  {
    slug: 'tp_trapezius',
    name: 'Trapezius',
    structureSlug: 'trapezius_upper',
    point: [9.3, 145.3, -6.4],
    description: 'Midpoint of the upper border of the trapezius.',
  },
  {
    slug: 'tp_supraspinatus',
    name: 'Supraspinatus',
    structureSlug: 'supraspinatus',
    point: [10.4, 138.2, -11.0],
    description: 'Above the scapular spine near its medial border.',
  },
  {
    slug: 'tp_second_rib',
    name: 'Second rib',
    structureSlug: 'pectoralis_major_sternal',
    point: [7.2, 135.4, 10.6],
    description: 'Just lateral to the second costochondral junction.',
  },
  {
    slug: 'tp_lateral_epicondyle',
    name: 'Lateral epicondyle',
    structureSlug: 'extensor_carpi_radialis_longus',
    point: [26.4, 106.6, -3.8],
    description: '2 cm distal to the lateral epicondyle.',
  },
  {
    slug: 'tp_gluteal',
    name: 'Gluteal',
    structureSlug: 'gluteus_maximus',
    point: [12.0, 94.7, -11.4],
    description: 'Upper outer quadrant of the buttock.',
  },
  {
    slug: 'tp_greater_trochanter',
    name: 'Greater trochanter',
    structureSlug: 'gluteus_maximus',
    point: [16.7, 86.4, -5.3],
    description: 'Posterior to the trochanteric prominence.',
  },
  {
    slug: 'tp_knee',
    name: 'Knee',
    structureSlug: 'vastus_medialis',
    point: [7.3, 53.9, 4.5],
    description: 'Medial fat pad proximal to the joint line.',
  },
]);

/** Endangerment sites: no deep sustained pressure. */
export const ENDANGERMENT_SITES: readonly BodySite[] = [
  ...bilateral([
    {
      slug: 'es_anterior_neck',
      name: 'Anterior neck',
      structureSlug: 'sternocleidomastoid',
      point: [3.6, 148.0, 3.4],
      description: 'Anterior triangle: carotid artery, jugular vein, vagus nerve.',
    },
    {
      slug: 'es_axilla',
      name: 'Axilla',
      structureSlug: 'serratus_anterior',
      point: [14.2, 128.9, -1.0],
      description: 'Brachial plexus and axillary vessels.',
    },
    {
      slug: 'es_anterior_elbow',
      name: 'Anterior elbow',
      structureSlug: 'brachialis',
      point: [22.8, 108.6, -0.5],
      description: 'Cubital fossa: brachial artery, median nerve.',
    },
    {
      slug: 'es_ulnar_nerve',
      name: 'Ulnar nerve at the elbow',
      structureSlug: 'flexor_carpi_ulnaris',
      point: [20.9, 107.2, -4.9],
      description: 'Behind the medial epicondyle, where the ulnar nerve is superficial.',
    },
    {
      slug: 'es_popliteal_fossa',
      name: 'Popliteal fossa',
      structureSlug: 'popliteus',
      point: [10.0, 45.3, -4.2],
      description: 'Popliteal artery, vein and tibial nerve.',
    },
    {
      slug: 'es_femoral_triangle',
      name: 'Femoral triangle',
      structureSlug: 'pectineus',
      point: [7.8, 86.0, 5.7],
      description: 'Femoral artery, vein and nerve below the inguinal ligament.',
    },
    {
      slug: 'es_asis',
      name: 'Anterior superior iliac spine',
      structureSlug: 'hip_bone',
      point: [12.3, 96.0, 6.4],
      description: 'Bony prominence.',
    },
  ]),
  {
    id: 'es_abdomen_M',
    name: 'Abdomen',
    side: 'midline',
    structureId: 'linea_alba_M',
    point: [0, 104.0, 12.0],
    description: 'Abdominal aorta and viscera beneath a thin wall.',
  },
  {
    id: 'es_c7_spinous_M',
    name: 'C7 spinous process',
    side: 'midline',
    structureId: 'cervical_spine_M',
    point: [0, 143.0, -8.8],
    description: 'Bony prominence.',
  },
];
