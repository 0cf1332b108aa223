import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATLAS_VERSION } from '../shared/anatomy';
import { openClinicDatabase } from '../electron/core/db/open';
import { generateClinic, GENERATOR_VERSION } from '../electron/test-support/generate-clinic';
import {
  generateSessionMaps,
  spread,
  type MarkedPlace,
  type SessionMapSize,
} from '../electron/test-support/generate-session-map';

/** How big a clinic the benchmarks run on. */
export interface ClinicSize {
  clients: number;
  sessionsPerClient: number;
  /** Findings and zones across all held sessions. */
  mapRows: number;
  /** Findings and zones in the one session `load_session_ms` opens. */
  busySessionRows: number;
  /** Findings in the one session `draw_calls` shows. */
  markedSessionFindings: number;
}

/** The clinic the issue asks for: a busy practice after some years. */
export const LARGE_CLINIC: ClinicSize = {
  clients: 2_000,
  sessionsPerClient: 25,
  mapRows: 1_000_000,
  busySessionRows: 200,
  markedSessionFindings: 500,
};

/** A small practice's first weeks: the clinic the app's first screen is timed on. */
export const SHELL_CLINIC: ClinicSize = {
  clients: 30,
  sessionsPerClient: 10,
  mapRows: 3_000,
  busySessionRows: 40,
  markedSessionFindings: 40,
};

/** A tenth of it, for a quick look while working on the benchmarks themselves. */
export const QUICK_CLINIC: ClinicSize = { ...LARGE_CLINIC, clients: 200, mapRows: 100_000 };

/** The generated clinic on disk, and the records the benchmarks open in it. */
export interface BenchClinic {
  file: string;
  size: ClinicSize;
  /** The client whose chart is opened: the first one generated. */
  chartClientId: string;
  /** That client's latest held session: `busySessionRows` findings and zones. */
  busySessionId: string;
  /** The held session before it: `markedSessionFindings` findings, no zones. */
  markedSessionId: string;
  /** An ordinary held session of another client. */
  typicalSessionId: string;
  /** A held session with `PRINTED_SESSION`'s findings and zones: the 14-zone summary `pdf_ms` prints. */
  printedSessionId: string;
}

type ClinicFacts = Omit<BenchClinic, 'file' | 'size'>;

/** The printed session's map: a full treatment's 14 zones, and findings on both sides. */
export const PRINTED_SESSION = { findings: 10, zones: 14 } as const;

const SEED = 20_260_302;
const AT = '2026-03-02T08:00:00.000Z';

/** The file's name says everything that decides its rows, so a stale cache is never reused. */
function cacheName(size: ClinicSize): string {
  return [
    `clinic-g${GENERATOR_VERSION}-atlas${ATLAS_VERSION}`,
    `${size.clients}x${size.sessionsPerClient}`,
    `${size.mapRows}-${size.busySessionRows}-${size.markedSessionFindings}`,
    `p${PRINTED_SESSION.findings}-${PRINTED_SESSION.zones}`,
  ].join('-');
}

/**
 * The clinic of this size from `folder`, generated there first if it is not cached yet (about
 * half a minute for the large one). `places` is only called when generating.
 */
export function cachedClinic(
  size: ClinicSize,
  places: () => readonly MarkedPlace[],
  folder: string,
): BenchClinic & { generated: boolean } {
  const name = cacheName(size);
  const file = join(folder, `${name}.sqlite`);
  const factsFile = join(folder, `${name}.json`);
  if (existsSync(file) && existsSync(factsFile)) {
    const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as ClinicFacts;
    return { file, size, ...facts, generated: false };
  }
  mkdirSync(folder, { recursive: true });
  // Written under a temporary name and renamed when complete, so an interrupted run is not cached.
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const db = openClinicDatabase(partial);
  let facts: ClinicFacts;
  try {
    facts = fillClinic(db, size, places());
  } finally {
    db.close();
  }
  renameSync(partial, file);
  writeFileSync(factsFile, JSON.stringify(facts, null, 2));
  return { file, size, ...facts, generated: true };
}

function fillClinic(
  db: ReturnType<typeof openClinicDatabase>,
  size: ClinicSize,
  places: readonly MarkedPlace[],
): ClinicFacts {
  const clinic = generateClinic(db, {
    clients: size.clients,
    sessionsPerClient: size.sessionsPerClient,
    seed: SEED,
  });
  const held = clinic.completedSessionIds;
  const heldPerClient = held.length / size.clients;
  // The first client's sessions come first: its last two held ones are the busy and the marked one.
  const busySessionId = held[heldPerClient - 1]!;
  const markedSessionId = held[heldPerClient - 2]!;
  const typicalSessionId = held[heldPerClient + 3]!;
  const printedSessionId = held[heldPerClient + 4]!;
  const special = new Set([busySessionId, markedSessionId, printedSessionId]);
  const others = held.filter((id) => !special.has(id));
  const printedRows = PRINTED_SESSION.findings + PRINTED_SESSION.zones;
  const rest = size.mapRows - size.busySessionRows - size.markedSessionFindings - printedRows;
  const shares = spread(rest, others.length);
  const findingsShare = (rows: number) => Math.round(rows * 0.6);
  const sessions: SessionMapSize[] = [
    {
      sessionId: busySessionId,
      findings: findingsShare(size.busySessionRows),
      zones: size.busySessionRows - findingsShare(size.busySessionRows),
    },
    { sessionId: markedSessionId, findings: size.markedSessionFindings, zones: 0 },
    { sessionId: printedSessionId, ...PRINTED_SESSION },
    ...others.map((sessionId, index) => ({
      sessionId,
      findings: findingsShare(shares[index]!),
      zones: shares[index]! - findingsShare(shares[index]!),
    })),
  ];
  generateSessionMaps(db, { sessions, places, seed: SEED + 1, at: AT });
  return {
    chartClientId: clinic.clientIds[0]!,
    busySessionId,
    markedSessionId,
    typicalSessionId,
    printedSessionId,
  };
}
