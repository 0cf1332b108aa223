import { useEffect, useState } from 'react';
import type { PrintedPainMap } from '../../../../../shared/domain/printouts/course';
import { measurePainCourse, type MeasuredPainMap } from '../../../../../shared/domain/printouts/pain-course';
import { skinSurface } from '../../../scene/skinSurface';

export type PainCourse =
  | { state: 'measuring' }
  | { state: 'measured'; maps: MeasuredPainMap[] }
  | { state: 'failed'; message: string };

/**
 * The course's pain maps measured on the model's skin, the surface the summary's extent is taken
 * on; null maps (the data not in yet, or a sheet that does not measure them) measure nothing.
 */
export function usePainCourse(maps: readonly PrintedPainMap[] | null, bodyAreaCm2: number): PainCourse {
  const [result, setResult] = useState<{ of: readonly PrintedPainMap[]; course: PainCourse } | null>(null);
  useEffect(() => {
    if (!maps) return;
    let current = true;
    skinSurface()
      .then(({ surface }) =>
        measurePainCourse(
          maps.map((map) => map.regions),
          surface,
          bodyAreaCm2,
        ),
      )
      .then(
        (measured) => current && setResult({ of: maps, course: { state: 'measured', maps: measured } }),
        (error: Error) =>
          current && setResult({ of: maps, course: { state: 'failed', message: error.message } }),
      );
    return () => {
      current = false;
    };
  }, [maps, bodyAreaCm2]);
  return result && result.of === maps ? result.course : { state: 'measuring' };
}
