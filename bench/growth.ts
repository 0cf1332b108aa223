import type { MarkedPlace } from '../electron/test-support/generate-session-map';
import { cachedClinic, LARGE_CLINIC, type ClinicSize } from './clinic';
import type { Figure } from './measure';
import { serviceFigures } from './services';

/** The clinic sizes the growth table compares: a tenth of the large clinic, the large one, three times it. */
export const GROWTH_MULTIPLES = [0.1, 1, 3] as const;

/** The large clinic scaled: more clients and rows, the same busy and marked sessions. */
export function scaledClinic(multiple: number): ClinicSize {
  return {
    ...LARGE_CLINIC,
    clients: Math.round(LARGE_CLINIC.clients * multiple),
    mapRows: Math.round(LARGE_CLINIC.mapRows * multiple),
  };
}

export interface GrowthRow {
  name: string;
  unit: string;
  /** One value per multiple, in GROWTH_MULTIPLES order. */
  values: number[];
}

/**
 * The per-call service figures at each clinic size: a chart, a session and a search are indexed
 * lookups, so they should stay flat however many clients the clinic holds.
 */
export async function growthRows(
  places: () => readonly MarkedPlace[],
  folder: string,
  calls: number,
  progress: (message: string) => void,
): Promise<GrowthRow[]> {
  const bySize: Figure[][] = [];
  for (const multiple of GROWTH_MULTIPLES) {
    progress(`growth: the clinic at ${multiple}×`);
    const clinic = cachedClinic(scaledClinic(multiple), places, folder);
    bySize.push(await serviceFigures(clinic, places()[0]!, { calls, backups: 0 }));
  }
  return bySize[0]!.map((figure, index) => ({
    name: figure.name,
    unit: figure.unit,
    values: bySize.map((figures) => figures[index]!.value),
  }));
}

/** The growth table in Markdown, as BENCHMARKS.md shows it. */
export function growthTable(rows: readonly GrowthRow[]): string {
  const sizes = GROWTH_MULTIPLES.map(
    (multiple) => `${multiple}× (${scaledClinic(multiple).clients} clients)`,
  );
  const header = `| figure | ${sizes.join(' | ')} | largest / smallest |`;
  const rule = `| --- | ${sizes.map(() => '---').join(' | ')} | --- |`;
  const lines = rows.map(
    (row) =>
      `| ${row.name} | ${row.values.map((value) => `${value.toPrecision(3)} ${row.unit}`).join(' | ')} | ${(row.values.at(-1)! / row.values[0]!).toFixed(2)}× |`,
  );
  return [header, rule, ...lines].join('\n');
}
