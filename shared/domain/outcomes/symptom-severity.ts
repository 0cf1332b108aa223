/**
 * Symptom Severity Scale (ACR 2010/2016), 0-12: three symptoms rated 0-3 over the past week, plus one
 * point for each of three symptoms the client was bothered by in the past six months.
 */
export const SSS_RATED_SYMPTOMS = [
  { id: 'fatigue', label: 'Fatigue' },
  { id: 'wakingUnrefreshed', label: 'Waking unrefreshed' },
  { id: 'cognitiveSymptoms', label: 'Cognitive symptoms (memory, concentration)' },
] as const;

export const SSS_SEVERITY_LEVELS = [
  { value: 0, label: 'No problem' },
  { value: 1, label: 'Slight or mild, generally mild or intermittent' },
  { value: 2, label: 'Moderate, considerable, often present' },
  { value: 3, label: 'Severe, pervasive, continuous, disturbing life' },
] as const;

export const SSS_PAST_SIX_MONTHS = [
  { id: 'headaches', label: 'Headaches' },
  { id: 'lowerAbdominalPain', label: 'Pain or cramps in the lower abdomen' },
  { id: 'depression', label: 'Depression' },
] as const;

export type SssRatedSymptom = (typeof SSS_RATED_SYMPTOMS)[number]['id'];
export type SssSixMonthSymptom = (typeof SSS_PAST_SIX_MONTHS)[number]['id'];

export type SymptomSeverityAnswers = Record<SssRatedSymptom, number> & Record<SssSixMonthSymptom, boolean>;

export function symptomSeverityScore(answers: SymptomSeverityAnswers): number {
  const rated = SSS_RATED_SYMPTOMS.reduce((sum, symptom) => sum + answers[symptom.id], 0);
  const present = SSS_PAST_SIX_MONTHS.filter((symptom) => answers[symptom.id]).length;
  return rated + present;
}
