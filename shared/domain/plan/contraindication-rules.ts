import type { ContraindicationCode } from '../contraindications';
import type { PressureBand } from './planned-pressure';

/**
 * When a client's contraindication flags a planned zone, and what the flag says. Each condition
 * given must hold; a rule with none flags every zone. Absolute contraindications need no rule
 * here: they flag every zone (see safety.ts).
 */
export interface ContraindicationRule {
  code: ContraindicationCode;
  /** Tells two rules of one code apart in the flag's key, which must not move when rules are added. */
  variant?: string;
  when: {
    /**
     * The condition is somewhere on the body (a scar, a fracture): only zones over the place the
     * intake gives for it are flagged, and every zone while no place is given.
     */
    atPlace?: true;
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
    variant: 'leg-pull',
    when: { techniqueIds: ['leg-pull'] },
    reason: 'Deep vein thrombosis: a leg pull may dislodge a clot',
  },
  {
    code: 'hernia',
    when: { regions: ['abdomen', 'pelvis'] },
    reason: 'Hernia: no pressure over the abdominal wall or groin',
  },
  { code: 'fever', when: {}, reason: 'Fever: consider postponing the session' },
  { code: 'infection', when: { atPlace: true }, reason: `Infection: ${ANYWHERE_NEAR}` },
  { code: 'cellulitis', when: { atPlace: true }, reason: `Cellulitis: ${ANYWHERE_NEAR}` },
  { code: 'osteomyelitis', when: { atPlace: true }, reason: `Osteomyelitis: ${ANYWHERE_NEAR}` },
  { code: 'hematoma', when: { atPlace: true }, reason: `Hematoma: ${ANYWHERE_NEAR}` },
  { code: 'open-wounds', when: { atPlace: true }, reason: `Open wounds or sutures: ${ANYWHERE_NEAR}` },
  { code: 'healing-fracture', when: { atPlace: true }, reason: `Healing fracture: ${ANYWHERE_NEAR}` },
  { code: 'recent-surgery', when: { atPlace: true }, reason: `Recent surgery: ${ANYWHERE_NEAR}` },
  { code: 'obstructive-oedema', when: { atPlace: true }, reason: `Obstructive oedema: ${ANYWHERE_NEAR}` },
  {
    code: 'acute-circulatory-condition',
    when: { pressureAtLeast: 'moderate' },
    reason: 'Acute circulatory condition: keep pressure light',
  },
];

/** Whether the intake asks where this contraindication is: a rule of it flags only zones over it. */
export function isPlacedContraindication(code: ContraindicationCode): boolean {
  return CONTRAINDICATION_RULES.some((rule) => rule.code === code && rule.when.atPlace);
}
