import { z } from 'zod';

/**
 * The contraindication checklist from DOMAIN.md. Absolute ones mean no MFR at all and are shown
 * wherever the client appears; regional/relative ones restrict where and how the therapist works.
 */
export const CONTRAINDICATIONS = [
  { code: 'malignancy', label: 'Malignancy', absolute: true },
  { code: 'aneurysm', label: 'Aneurysm', absolute: true },
  { code: 'acute-rheumatoid-arthritis', label: 'Acute rheumatoid arthritis', absolute: true },
  { code: 'cellulitis', label: 'Cellulitis', absolute: false },
  { code: 'fever', label: 'Fever', absolute: false },
  { code: 'infection', label: 'Infection', absolute: false },
  { code: 'osteomyelitis', label: 'Osteomyelitis', absolute: false },
  { code: 'acute-circulatory-condition', label: 'Acute circulatory condition', absolute: false },
  { code: 'obstructive-oedema', label: 'Obstructive oedema', absolute: false },
  { code: 'hematoma', label: 'Hematoma', absolute: false },
  { code: 'open-wounds', label: 'Open wounds or sutures', absolute: false },
  { code: 'skin-hypersensitivity', label: 'Skin hypersensitivity', absolute: false },
  { code: 'healing-fracture', label: 'Healing fracture', absolute: false },
  { code: 'osteoporosis', label: 'Osteoporosis', absolute: false },
  { code: 'anticoagulant-therapy', label: 'Anticoagulant therapy', absolute: false },
  { code: 'advanced-diabetes', label: 'Advanced diabetes', absolute: false },
  { code: 'deep-vein-thrombosis', label: 'Deep vein thrombosis', absolute: false },
  { code: 'recent-surgery', label: 'Recent surgery', absolute: false },
  { code: 'hernia', label: 'Hernia', absolute: false },
] as const;

export type ContraindicationCode = (typeof CONTRAINDICATIONS)[number]['code'];

const CODES = CONTRAINDICATIONS.map((item) => item.code) as [ContraindicationCode, ...ContraindicationCode[]];
export const ContraindicationCode = z.enum(CODES, { message: 'Choose a contraindication from the list' });

/** Anticoagulants get their own badge: deep pressure risks bruising and bleeding. */
export const ANTICOAGULANT_CODE: ContraindicationCode = 'anticoagulant-therapy';

export function contraindicationInfo(code: ContraindicationCode) {
  return CONTRAINDICATIONS.find((item) => item.code === code)!;
}
