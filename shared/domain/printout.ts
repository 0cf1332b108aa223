import { z } from 'zod';
import { RecordId, Timestamp } from './common';
import { BodyArea } from './body-size';
import { CalendarDate, LocalDateTime } from './dates';
import { ModelPoint, PaintedRegion } from './plan/region';

/** The paper the clinic prints on; chosen once in settings. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
export const PaperSize = z.enum(PAPER_SIZES, { message: 'Choose A4 or US Letter' });
export type PaperSize = z.infer<typeof PaperSize>;

export const PAPER_LABELS: Record<PaperSize, string> = { a4: 'A4', letter: 'US Letter' };

/**
 * The documents a session prints: the chart's summary and the client's take-home sheet of that
 * session, and the physician letter and the course report, which tell the course as of it.
 */
export const PRINT_SHEETS = ['summary', 'take-home', 'physician-letter', 'course-report'] as const;
export const PrintSheet = z.enum(PRINT_SHEETS);
export type PrintSheet = z.infer<typeof PrintSheet>;

export const PRINT_SHEET_LABELS: Record<PrintSheet, string> = {
  summary: 'Session summary',
  'take-home': 'Take-home sheet',
  'physician-letter': 'Physician letter',
  'course-report': 'Course report',
};

/** The sheets that tell the course up to a session rather than the session itself. */
export const COURSE_SHEETS = ['physician-letter', 'course-report'] as const satisfies readonly PrintSheet[];
export type CourseSheet = (typeof COURSE_SHEETS)[number];

export function isCourseSheet(sheet: PrintSheet): sheet is CourseSheet {
  return (COURSE_SHEETS as readonly PrintSheet[]).includes(sheet);
}

/** What a saved PDF's name says it is. */
const SHEET_FILE_NAMES: Record<PrintSheet, string> = {
  summary: 'session-summary',
  'take-home': 'take-home',
  'physician-letter': 'physician-letter',
  'course-report': 'course-report',
};

/** Which printout of which session, as the print route and the output calls both name it. */
export const PrintRequest = z.strictObject({
  sessionId: RecordId,
  sheet: PrintSheet,
  /** The take-home sheet leaves clinical codes and scores out unless the therapist ticks them in. */
  includeScores: z.boolean().default(false),
});
export type PrintRequest = z.input<typeof PrintRequest>;

/** The standard views a snapshot is taken from: the model's camera presets of the same names. */
export const SNAPSHOT_VIEWS = ['anterior', 'posterior', 'left', 'right'] as const;
export type SnapshotView = (typeof SNAPSHOT_VIEWS)[number];

/** What a mark on a snapshot stands for; each kind has its own colour and shape in the legend. */
export const MARK_KINDS = [
  'trigger_point_active',
  'trigger_point_latent',
  'adhesion',
  'tender_point',
  'zone',
] as const;
export const MarkKind = z.enum(MARK_KINDS);
export type MarkKind = z.infer<typeof MarkKind>;

/** One mark to draw on the snapshots, in the model's own coordinates. */
export const PrintMark = z.strictObject({
  kind: MarkKind,
  point: ModelPoint,
  /** The outward surface normal, which decides the views the mark is seen in. */
  normal: ModelPoint,
  /** Zones carry their order in the session, printed beside the mark and in the table. */
  label: z.string(),
  /** An adhesion's restriction, a unit vector along the skin, drawn as an arrow; null on other marks. */
  direction: ModelPoint.nullable(),
});
export type PrintMark = z.infer<typeof PrintMark>;

/** One row of the zones table: already in words, so the page only lays it out. */
export const PrintZone = z.strictObject({
  order: z.int(),
  structure: z.string(),
  technique: z.string(),
  pressurePlanned: z.string(),
  pressureUsed: z.string().nullable(),
  tolerance: z.string().nullable(),
  /** The planned or used pressure is above the client's tolerance for the region. */
  aboveTolerance: z.boolean(),
  holdPlannedMinutes: z.number().nullable(),
  holdActualMinutes: z.number().nullable(),
  /** The actual hold was cut short by the lock: logged with the time held until then. */
  holdInterrupted: z.boolean(),
  response: z.string(),
});
export type PrintZone = z.infer<typeof PrintZone>;

/** A zone as the take-home sheet names it: in the client's words, numbered as on the snapshots. */
export const TakeHomeZone = z.strictObject({
  order: z.int(),
  /** "your left shoulder" */
  place: z.string(),
  /** "pressing on a tight knot until it lets go" */
  technique: z.string(),
});
export type TakeHomeZone = z.infer<typeof TakeHomeZone>;

export const PrintFinding = z.strictObject({
  structure: z.string(),
  /** "Active", "Latent", or for an adhesion its depth and direction. */
  detail: z.string(),
  note: z.string(),
});
export type PrintFinding = z.infer<typeof PrintFinding>;

/** A pain area as the client described it; its extent is measured against the model in the renderer. */
export const PrintPainArea = z.strictObject({
  /** Where it lies, by the body regions under the paint, in words. */
  where: z.string(),
  intensity: z.int(),
  quality: z.string(),
  note: z.string(),
});
export type PrintPainArea = z.infer<typeof PrintPainArea>;

/** Somewhere not to work, or only gently: a caution zone painted in the session or a place named at intake. */
export const PrintCaution = z.strictObject({
  /** "Painted in this session" or "From the intake". */
  source: z.string(),
  /** The body regions it covers, in words. */
  where: z.string(),
  reason: z.string(),
  note: z.string(),
});
export type PrintCaution = z.infer<typeof PrintCaution>;

export const PrintFlag = z.strictObject({
  message: z.string(),
  /** Who acknowledged it and when; null when nobody has reviewed it. */
  acknowledged: z.strictObject({ by: z.string(), at: Timestamp }).nullable(),
});
export type PrintFlag = z.infer<typeof PrintFlag>;

/** One measure across the course, oldest first: a line of the trend chart. */
export const PrintTrend = z.strictObject({
  label: z.string(),
  unit: z.string(),
  min: z.number(),
  max: z.number(),
  /** Diagnostic measures stay off the take-home sheet unless scores are ticked in. */
  forPhysician: z.boolean(),
  points: z.array(z.strictObject({ date: CalendarDate, value: z.number() })),
});
export type PrintTrend = z.infer<typeof PrintTrend>;

/** Who a printout comes from, and the paper it is laid out for. */
export const PrintClinic = z.strictObject({
  clinicName: z.string(),
  therapistName: z.string(),
  /** Empty when the clinic has given none: the papers then say only "call the clinic". */
  clinicPhone: z.string(),
  paperSize: PaperSize,
});
export type PrintClinic = z.infer<typeof PrintClinic>;

/** Everything either printout of a session shows, gathered in one call. */
export const Printout = z.strictObject({
  clinic: PrintClinic,
  client: z.strictObject({ name: z.string(), dateOfBirth: CalendarDate, bodyArea: BodyArea }),
  session: z.strictObject({
    id: RecordId,
    startsAt: LocalDateTime,
    status: z.string(),
    plannedMinutes: z.int(),
    actualMinutes: z.int().nullable(),
    courseName: z.string().nullable(),
    number: z.int().nullable(),
    courseTotal: z.int().nullable(),
    subjective: z.string(),
    objective: z.string(),
    assessment: z.string(),
    plan: z.string(),
    response: z.string(),
    homeCare: z.string(),
    /** The soreness or flare since the last session the note records, in words; null when none was asked. */
    sorenessReport: z.string().nullable(),
    painBefore: z.int().nullable(),
    painAfter: z.int().nullable(),
    signedAt: Timestamp.nullable(),
    signedBy: z.string().nullable(),
    addenda: z.array(z.strictObject({ body: z.string(), author: z.string(), createdAt: Timestamp })),
    /** The myofascial line chosen on this session's plan, which its snapshots draw; null for none. */
    highlightedLineId: z.string().nullable(),
  }),
  nextAppointment: LocalDateTime.nullable(),
  zones: z.array(PrintZone),
  takeHomeZones: z.array(TakeHomeZone),
  triggerPoints: z.array(PrintFinding),
  adhesions: z.array(PrintFinding),
  /** Painful sites of the 18 ACR 1990 tender points, in words; null when no site was tested. */
  tenderPoints: z.string().nullable(),
  /** Pain areas as painted; their extent is measured against the model's surface in the renderer. */
  painRegions: z.array(PaintedRegion),
  /** What the client said of each pain area, in the order of painRegions (which holds its paint). */
  painAreas: z.array(PrintPainArea),
  /** The last session's pain map, to measure the overlap against; null when there is no last session. */
  previousPainRegions: z.array(PaintedRegion).nullable(),
  /** Caution and no-touch zones, painted and from the intake, with their reasons. */
  cautions: z.array(PrintCaution),
  /** Caution and no-touch zones as painted, drawn striped on the summary's snapshots. */
  cautionRegions: z.array(PaintedRegion),
  marks: z.array(PrintMark),
  flags: z.array(PrintFlag),
  trends: z.array(PrintTrend),
});
export type Printout = z.infer<typeof Printout>;

/**
 * The views worth printing for these marks: anterior and posterior always (a blank back is itself a
 * finding), and a side view only when a mark faces mostly sideways, where neither would show it.
 * The client's left is +x, so a normal pointing +x is seen from the client's left.
 */
export function viewsForMarks(marks: readonly Pick<PrintMark, 'normal'>[]): SnapshotView[] {
  const views = new Set<SnapshotView>(['anterior', 'posterior']);
  for (const { normal } of marks) {
    const [x, , z] = normal;
    if (Math.abs(x) > Math.abs(z)) views.add(x > 0 ? 'left' : 'right');
  }
  return SNAPSHOT_VIEWS.filter((view) => views.has(view));
}

/** The print route of the renderer for a request: the Electron window and the browser both load it. */
export function printRoute(request: z.output<typeof PrintRequest>): string {
  // Every part is a fixed token or a UUID, so nothing needs escaping.
  const scores = request.includeScores ? '&scores=1' : '';
  return `/print/session/${request.sessionId}?sheet=${request.sheet}${scores}`;
}

/** A print request read back from its route, every part filled in. */
export type PrintRouteRequest = Required<PrintRequest>;

/**
 * Reads the route `printRoute` writes (`/print/session/<id>?sheet=…&scores=1`, with or without the
 * hash before it). An unknown sheet falls back to the summary rather than to an empty page.
 */
export function parsePrintRoute(address: string): PrintRouteRequest | null {
  const [path = '', query = ''] = address.replace(/^#/, '').split('?');
  const [first, second, sessionId] = path.split('/').filter(Boolean);
  if (first !== 'print' || second !== 'session' || !sessionId) return null;
  // printRoute writes only fixed tokens, so the query is read as it is written, without decoding.
  const params = new Map(query.split('&').map((pair) => pair.split('=') as [string, string | undefined]));
  const sheet = PrintSheet.safeParse(params.get('sheet'));
  return {
    sessionId,
    sheet: sheet.success ? sheet.data : 'summary',
    includeScores: params.get('scores') === '1',
  };
}

/** The file name a saved PDF is offered under: the client, the sheet and the date, no odd characters. */
export function printFileName(clientName: string, sheet: PrintSheet, startsAt: string): string {
  const who = clientName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${who || 'client'}-${SHEET_FILE_NAMES[sheet]}-${startsAt.slice(0, 10)}.pdf`;
}
