import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ATLAS,
  ATLAS_VERSION,
  myofascialLines,
  searchStructures,
  structureById,
  structureLabel,
  structuresInWpiArea,
  wpiAreas,
} from './index';

const muscles = ATLAS.structures.filter((s) => s.kind === 'muscle');

/** Every muscle DOMAIN.md names, as atlas slugs (a group such as "hamstrings" lists its members). */
const REQUIRED_MUSCLES = [
  'trapezius_upper',
  'trapezius_middle',
  'trapezius_lower',
  'levator_scapulae',
  'rhomboid_major',
  'rhomboid_minor',
  'sternocleidomastoid',
  'scalene_anterior',
  'scalene_middle',
  'scalene_posterior',
  'rectus_capitis_posterior_major',
  'rectus_capitis_posterior_minor',
  'obliquus_capitis_superior',
  'obliquus_capitis_inferior',
  'supraspinatus',
  'infraspinatus',
  'teres_major',
  'teres_minor',
  'deltoid_anterior',
  'deltoid_middle',
  'deltoid_posterior',
  'pectoralis_major_clavicular',
  'pectoralis_major_sternal',
  'pectoralis_minor',
  'serratus_anterior',
  'latissimus_dorsi',
  'iliocostalis',
  'longissimus',
  'spinalis',
  'quadratus_lumborum',
  'rectus_abdominis',
  'external_oblique',
  'internal_oblique',
  'psoas_major',
  'iliacus',
  'gluteus_maximus',
  'gluteus_medius',
  'gluteus_minimus',
  'piriformis',
  'tensor_fasciae_latae',
  'rectus_femoris',
  'vastus_lateralis',
  'vastus_medialis',
  'vastus_intermedius',
  'biceps_femoris_long',
  'biceps_femoris_short',
  'semitendinosus',
  'semimembranosus',
  'adductor_longus',
  'adductor_brevis',
  'adductor_magnus',
  'sartorius',
  'gracilis',
  'gastrocnemius_medial',
  'gastrocnemius_lateral',
  'soleus',
  'tibialis_anterior',
  'fibularis_longus',
  'fibularis_brevis',
  'biceps_brachii',
  'triceps_long',
  'triceps_lateral',
  'triceps_medial',
  'brachialis',
  'brachioradialis',
  'flexor_carpi_radialis',
  'flexor_carpi_ulnaris',
  'flexor_digitorum_superficialis',
  'flexor_digitorum_profundus',
  'extensor_carpi_radialis_longus',
  'extensor_carpi_radialis_brevis',
  'extensor_carpi_ulnaris',
  'extensor_digitorum',
  'temporalis',
  'masseter',
];

const REQUIRED_FASCIA = [
  'superficial_fascia',
  'epicranial_aponeurosis',
  'cervical_fascia',
  'pectoral_fascia',
  'thoracolumbar_fascia',
  'rectus_sheath',
  'linea_alba',
  'gluteal_fascia',
  'fascia_lata',
  'iliotibial_band',
  'crural_fascia',
  'plantar_fascia',
  'brachial_fascia',
  'antebrachial_fascia',
  'palmar_aponeurosis',
  'nuchal_ligament',
];

describe('anatomy atlas', () => {
  it('carries a version for marks to record', () => {
    expect(ATLAS.version).toBe(ATLAS_VERSION);
    expect(Number.isInteger(ATLAS_VERSION)).toBe(true);
  });

  it('gives every structure a unique id of the form <slug>_<L|R|M> matching its side', () => {
    const ids = ATLAS.structures.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of ATLAS.structures) {
      const suffix = { left: 'L', right: 'R', midline: 'M' }[s.side];
      expect(s.id).toBe(`${s.slug}_${suffix}`);
    }
  });

  it('has at least 80 named muscles per side, each present on both sides', () => {
    const left = muscles.filter((s) => s.side === 'left').map((s) => s.slug);
    const right = muscles.filter((s) => s.side === 'right').map((s) => s.slug);
    expect(left.length).toBeGreaterThanOrEqual(80);
    expect([...right].sort()).toEqual([...left].sort());
    expect(muscles.filter((s) => s.side === 'midline')).toEqual([]);
  });

  it('includes every muscle the domain names', () => {
    const slugs = new Set(muscles.map((s) => s.slug));
    expect(REQUIRED_MUSCLES.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('names at least 15 fascial structures, including those the issue lists', () => {
    const fascia = new Set(ATLAS.structures.filter((s) => s.kind === 'fascia').map((s) => s.slug));
    expect(fascia.size).toBeGreaterThanOrEqual(15);
    expect(REQUIRED_FASCIA.filter((slug) => !fascia.has(slug))).toEqual([]);
  });

  it('gives every structure geometry parameters and a skeleton for orientation', () => {
    for (const s of ATLAS.structures) {
      if (s.shape.kind === 'spindle') expect(s.shape.path.length).toBeGreaterThanOrEqual(2);
      if (s.shape.kind === 'sheet') expect(s.shape.guides.length).toBeGreaterThanOrEqual(2);
      if (s.shape.kind === 'solid') expect(s.shape.tubes.length + s.shape.blobs.length).toBeGreaterThan(0);
    }
    expect(ATLAS.structures.filter((s) => s.kind === 'bone').length).toBeGreaterThan(20);
  });

  it('mirrors the right side from the left: x negated, the rest unchanged', () => {
    for (const right of ATLAS.structures.filter((s) => s.side === 'right')) {
      const left = structureById(right.mirrorOf ?? '');
      expect(left?.side).toBe('left');
      if (left?.shape.kind === 'spindle' && right.shape.kind === 'spindle') {
        left.shape.path.forEach((p, i) =>
          expect(right.shape.kind === 'spindle' && right.shape.path[i]).toEqual([-p[0], p[1], p[2]]),
        );
      }
    }
  });

  it('puts the client’s left at +x (the model faces +z)', () => {
    const left = structureById('deltoid_middle_L');
    expect(left?.shape.kind === 'sheet' && left.shape.guides[0]![0]![0]).toBeGreaterThan(0);
  });

  it('has the 19 WPI areas, each with structures', () => {
    expect(wpiAreas()).toHaveLength(19);
    for (const area of wpiAreas()) expect(structuresInWpiArea(area.id).length, area.id).toBeGreaterThan(0);
  });

  it('lists only existing structures in every myofascial line, for each side', () => {
    const kinds = new Set(myofascialLines().map((l) => l.id.replace(/_[LR]$/, '')));
    for (const k of [
      'superficial_back_line',
      'superficial_front_line',
      'lateral_line',
      'spiral_line',
      'deep_front_line',
    ]) {
      expect(kinds.has(k)).toBe(true);
    }
    expect([...kinds].filter((k) => k.includes('arm_line')).length).toBe(4);
    for (const line of myofascialLines()) {
      expect(line.structureIds.length).toBeGreaterThan(3);
      expect(line.structureIds.filter((id) => !structureById(id))).toEqual([]);
    }
  });

  it('labels laterality as the client’s', () => {
    expect(structureLabel(structureById('trapezius_upper_L')!)).toBe("Upper trapezius (client's left)");
    expect(structureLabel(structureById('piriformis_R')!)).toBe("Piriformis (client's right)");
    expect(structureLabel(structureById('linea_alba_M')!)).toBe('Linea alba');
  });

  it('finds structures by name, muscles first', () => {
    expect(searchStructures('piriformis').map((s) => s.id)).toEqual(['piriformis_L', 'piriformis_R']);
    expect(searchStructures('trapezius')[0]?.kind).toBe('muscle');
    expect(searchStructures('   ')).toEqual([]);
  });

  it('stays plain data: no three, electron, node or DOM imports', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(path);
      }
    };
    walk(__dirname);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from '(three|electron|node:|react)/);
      expect(source, file).not.toMatch(/\b(document|window)\./);
    }
  });
});
