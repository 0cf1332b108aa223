import { bandOf, type Band } from './bands';
import { generalizedPain, widespreadPainIndex, type GeneralizedPain, type WpiArea } from './widespread-pain';

/**
 * The ACR 2016 fibromyalgia criteria as measures, for the client's physician. A therapist records
 * them; only a physician diagnoses, and the criteria also ask for symptoms of at least three months
 * and for other conditions to be considered, which this app does not judge.
 */
export const FOR_PHYSICIAN = "For the client's physician: a recorded measure, not a diagnosis";

/**
 * WPI + SSS, 0-31, the polysymptomatic distress score, in the categories of Wolfe F, Walitt BT, Rasker
 * JJ, Katz RS, Häuser W. "The use of polysymptomatic distress categories in the evaluation of
 * fibromyalgia (FM) and FM severity." J Rheumatol 2015;42(8):1494-1501.
 */
export const SEVERITY_BANDS_SOURCE = 'Wolfe et al., J Rheumatol 2015;42:1494';
export const SEVERITY_BANDS: readonly Band[] = [
  { id: 'none', label: 'None (0–3)', from: 0 },
  { id: 'mild', label: 'Mild (4–7)', from: 4 },
  { id: 'moderate', label: 'Moderate (8–11)', from: 8 },
  { id: 'severe', label: 'Severe (12–19)', from: 12 },
  { id: 'very_severe', label: 'Very severe (20–31)', from: 20 },
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
