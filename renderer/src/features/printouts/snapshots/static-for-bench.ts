declare global {
  interface Window {
    /**
     * Benchmarks only (bench/browser.ts sets it before the page loads, for `pdf_static_ms`): the
     * printouts put plain pictures of the same sizes where the snapshots go, without the model, so
     * the same printout's PDF with and without the 3D can be compared in the same run. Nothing in
     * the app sets it; all it can change is that the pictures are blank.
     */
    fasciamapStaticSnapshots?: boolean;
  }
}

export function staticSnapshotsForBench(): boolean {
  return window.fasciamapStaticSnapshots === true;
}
