/**
 * A named range of a score, as clinicians use to read it ("mild", "poor sleep"). Each band starts at
 * `from` (inclusive) and runs up to the next band's `from`; the last runs to the measure's maximum.
 * Published bands are written as whole numbers ("24-40") over scores that can be fractional (a FIQR
 * total of 40.5): reading each limit as the start of the next band gives every value exactly one band.
 */
export interface Band {
  id: string;
  label: string;
  from: number;
}

/** A band together with where it ends, as a chart shades it. */
export interface BandSpan extends Band {
  to: number;
}

export function bandOf<B extends Band>(value: number, bands: readonly B[]): B {
  let found = bands[0];
  if (!found) throw new Error('A measure with bands needs at least one');
  for (const band of bands) if (value >= band.from) found = band;
  return found;
}

export function bandSpans(bands: readonly Band[], max: number): BandSpan[] {
  return bands.map((band, index) => ({ ...band, to: bands[index + 1]?.from ?? max }));
}
