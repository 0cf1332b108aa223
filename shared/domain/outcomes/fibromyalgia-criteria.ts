import { bandOf, type Band } from './bands';
import { generalizedPain, widespreadPainIndex, type GeneralizedPain, type WpiArea } from './widespread-pain';

/**
 * The ACR 2016 fibromyalgia criteria as measures, for the client's physician. A therapist records
 * them; only a physician diagnoses, and the criteria also ask for symptoms of at least three months
 * and for other conditions to be considered, which this app does not judge.
 */
export const FOR_PHYSICIAN = "For the client's physician: a recorded measure, not a diagnosis";

/** WPI + SSS, 0-31, read in the bands the clinic uses. */
export const SEVERITY_BANDS: readonly Band[] = [
  { id: 'band_0_5', label: '0–5', from: 0 },
  { id: 'band_6_15', label: '6–15', from: 6 },
  { id: 'band_16_20', label: '16–20', from: 16 },
  { id: 'band_21_25', label: '21–25', from: 21 },
  { id: 'band_over_25', label: 'over 25', from: 26 },
];

/** WPI >= 7 with SSS >= 5, or WPI 4-6 with SSS >= 9. */
export function meetsSeverityThreshold2016(wpi: number, sss: number): boolean {
  return (wpi >= 7 && sss >= 5) || (wpi >= 4 && wpi <= 6 && sss >= 9);
}

export interface FibromyalgiaMeasures {
  wpi: number;
  sss: number;
  /** WPI + SSS, 0-31. */
  severity: number;
  severityBand: Band;
  thresholdMet: boolean;
  generalizedPain: GeneralizedPain;
  /** Both of the above, the parts of the 2016 criteria a therapist can record. */
  criteriaMet: boolean;
}

export function fibromyalgiaMeasures(painfulAreas: readonly WpiArea[], sss: number): FibromyalgiaMeasures {
  const wpi = widespreadPainIndex(painfulAreas);
  const pain = generalizedPain(painfulAreas);
  const thresholdMet = meetsSeverityThreshold2016(wpi, sss);
  return {
    wpi,
    sss,
    severity: wpi + sss,
    severityBand: bandOf(wpi + sss, SEVERITY_BANDS),
    thresholdMet,
    generalizedPain: pain,
    criteriaMet: thresholdMet && pain.present,
  };
}
