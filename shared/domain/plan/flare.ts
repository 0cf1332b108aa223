import type { SessionNote } from '../session';
import { describeRegions, overlaps, zoneRegions } from './body-places';
import {
  bandRank,
  describePlannedPressure,
  pressureBand,
  quickPressures,
  type PlannedPressure,
} from './planned-pressure';
import type { ZoneBody } from './zones';

/**
 * What the client reported since the last session (the note's soreness and flare): how sore,
 * whether it flared, and where. It is recorded on the session it was told in, which is also the
 * session the last one's plan is carried into.
 */
export interface FlareReport {
  reportedOn: string;
  soreness: SessionNote['soreness'];
  flare: boolean;
  regions: readonly string[];
}

/**
 * The report that should make the next plan gentler, if the note holds one. Mild soreness in the
 * day or two after myofascial work is the expected response, so only moderate or severe soreness,
 * or a flare, counts; a report that names no region cannot be placed and lowers nothing.
 */
export function flareReportOf(
  note: Pick<SessionNote, 'soreness' | 'flare' | 'sorenessRegions'>,
  reportedOn: string,
): FlareReport | null {
  const sore = note.soreness === 'moderate' || note.soreness === 'severe';
  if ((!sore && !note.flare) || note.sorenessRegions.length === 0) return null;
  return { reportedOn, soreness: note.soreness, flare: note.flare, regions: note.sorenessRegions };
}

/** "Moderate soreness with a flare reported on 2026-03-12 in the Lower back". */
export function describeFlareReport(report: FlareReport): string {
  const soreness = report.soreness && report.soreness !== 'none' ? `${report.soreness} soreness` : '';
  const what = soreness && report.flare ? `${soreness} with a flare` : soreness || 'a flare';
  return `${what[0]!.toUpperCase()}${what.slice(1)} reported on ${report.reportedOn} in the ${describeRegions(report.regions)}`;
}

export function flareReaches(report: FlareReport, zone: Pick<ZoneBody, 'target'>): boolean {
  return overlaps(zoneRegions(zone.target), report.regions);
}

/**
 * One step lighter on the zone's own scale: the nearest of the steps offered while working the
 * zone (quickPressures) below it; the lightest step stays where it is.
 */
export function oneStepLighter(pressure: PlannedPressure): PlannedPressure {
  const below = quickPressures(pressure).filter((step) => isBelow(step, pressure));
  return below.at(-1) ?? pressure;
}

/** Lighter by value on one numeric scale, else by band (light / moderate / firm / deep). */
function isBelow(step: PlannedPressure, pressure: PlannedPressure): boolean {
  if (step.scale === pressure.scale && step.scale !== 'ordinal') {
    return (step.value as number) < (pressure.value as number);
  }
  return bandRank(pressureBand(step)) < bandRank(pressureBand(pressure));
}

/** The zone as carried into the next plan: one step lighter where the report lies. */
export function carriedZone(zone: ZoneBody, report: FlareReport | null): ZoneBody {
  if (!report || !flareReaches(report, zone)) return zone;
  return { ...zone, pressure: oneStepLighter(zone.pressure) };
}

/** The flag's words: the report, and what became of the pressure carried from that session. */
export function flareReason(report: FlareReport, carriedFrom: PlannedPressure, now: PlannedPressure): string {
  const before = describePlannedPressure(carriedFrom);
  const after = describePlannedPressure(now);
  const change =
    before === after
      ? `pressure kept at ${after}`
      : `pressure ${isBelow(now, carriedFrom) ? 'lowered' : 'changed'} from ${before} to ${after}`;
  return `${describeFlareReport(report)} after the last session: ${change}`;
}
