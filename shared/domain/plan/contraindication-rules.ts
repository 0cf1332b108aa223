import type { ContraindicationCode } from '../contraindications';
import type { PressureBand } from './planned-pressure';

/**
 * When a client's contraindication flags a planned zone, and what the flag says. Each condition
 * given must hold; a rule with none flags every zone. Absolute contraindications need no rule
 * here: they flag every zone (see safety.ts).
 */
export interface ContraindicationRule {
  code: ContraindicationCode;
  when: {
    pressureAtLeast?: PressureBand;
    techniqueIds?: readonly string[];
    /** Tolerance-region families (`thigh` covers `thigh_L` and `thigh_R`). */
    regions?: readonly string[];
  };
  reason: string;
}

const ANYWHERE_NEAR = 'check the zone is well clear of it, and mark the area as a caution zone';
const LEGS = ['pelvis', 'thigh', 'leg', 'foot'];

export const CONTRAINDICATION_RULES: readonly ContraindicationRule[] = [
  {
    code: 'anticoagulant-therapy',
    when: { pressureAtLeast: 'firm' },
    reason: 'Anticoagulant therapy: firm or deep pressure risks bruising and bleeding',
  },
  {
    code: 'osteoporosis',
    when: { pressureAtLeast: 'firm' },
    reason: 'Osteoporosis: firm or deep pressure risks a fracture',
  },
  {
    code: 'advanced-diabetes',
    when: { pressureAtLeast: 'firm' },
    reason: 'Advanced diabetes: reduced sensation and fragile tissue; keep pressure light to moderate',
  },
  {
    code: 'skin-hypersensitivity',
    when: { techniqueIds: ['skin-rolling', 'instrument-assisted', 'cupping'] },
    reason: 'Skin hypersensitivity: this technique drags or lifts the skin',
  },
  {
    code: 'deep-vein-thrombosis',
    when: { regions: LEGS },
    reason: 'Deep vein thrombosis: working the legs may dislodge a clot',
  },
  {
    code: 'deep-vein-thrombosis',
    when: { techniqueIds: ['leg-pull'] },
    reason: 'Deep vein thrombosis: a leg pull may dislodge a clot',
  },
  {
    code: 'hernia',
    when: { regions: ['abdomen', 'pelvis'] },
    reason: 'Hernia: no pressure over the abdominal wall or groin',
  },
  { code: 'fever', when: {}, reason: 'Fever: consider postponing the session' },
  { code: 'infection', when: {}, reason: `Infection: ${ANYWHERE_NEAR}` },
  { code: 'cellulitis', when: {}, reason: `Cellulitis: ${ANYWHERE_NEAR}` },
  { code: 'osteomyelitis', when: {}, reason: `Osteomyelitis: ${ANYWHERE_NEAR}` },
  { code: 'hematoma', when: {}, reason: `Hematoma: ${ANYWHERE_NEAR}` },
  { code: 'open-wounds', when: {}, reason: `Open wounds or sutures: ${ANYWHERE_NEAR}` },
  { code: 'healing-fracture', when: {}, reason: `Healing fracture: ${ANYWHERE_NEAR}` },
  { code: 'recent-surgery', when: {}, reason: `Recent surgery: ${ANYWHERE_NEAR}` },
  { code: 'obstructive-oedema', when: {}, reason: `Obstructive oedema: ${ANYWHERE_NEAR}` },
  {
    code: 'acute-circulatory-condition',
    when: { pressureAtLeast: 'moderate' },
    reason: 'Acute circulatory condition: keep pressure light',
  },
];
