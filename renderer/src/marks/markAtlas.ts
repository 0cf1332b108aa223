import { CanvasTexture, LinearFilter, SRGBColorSpace } from 'three';
import { drawLabel, drawMark } from './draw';
import type { MarkStyle } from './styles';

/** Pixels per symbol: marks show at 15–35 px, so one cell is sharp at every emphasis. */
const CELL = 64;
/** Cells per row: 256 symbols, far more than a plan's kinds, glyphs and zone numbers. */
export const ATLAS_CELLS_PER_ROW = 16;
const CAPACITY = ATLAS_CELLS_PER_ROW * ATLAS_CELLS_PER_ROW;

/**
 * Every mark symbol the plan shows, drawn once into one texture, so all marks draw in one call
 * whatever their kind or label (a texture per symbol would take a call per symbol).
 */
class MarkAtlas {
  readonly canvas = document.createElement('canvas');
  readonly texture = new CanvasTexture(this.canvas);
  private readonly cells = new Map<string, number>();
  /** The cells drawn in last session's look, so a batch can say how many of its marks are last session's. */
  private readonly lastSessionCells = new Set<number>();

  constructor() {
    this.canvas.width = CELL * ATLAS_CELLS_PER_ROW;
    this.canvas.height = CELL * ATLAS_CELLS_PER_ROW;
    this.texture.colorSpace = SRGBColorSpace;
    // Mipmaps would blend neighbouring cells at the edges of a small mark.
    this.texture.generateMipmaps = false;
    this.texture.minFilter = LinearFilter;
  }

  /** The cell holding this symbol, drawn now if it is new. */
  cellOf(style: MarkStyle, label: string): number {
    const key = `${style.shape}|${style.colour}|${style.lastSession ? 'last' : 'today'}|${label}`;
    const known = this.cells.get(key);
    if (known !== undefined) return known;
    if (this.cells.size === CAPACITY) {
      // Only labels make symbols many (zone numbers); past capacity, the unlabelled symbol stands in.
      return label ? this.cellOf(style, '') : 0;
    }
    const cell = this.cells.size;
    this.cells.set(key, cell);
    if (style.lastSession) this.lastSessionCells.add(cell);
    this.draw(cell, style, label);
    return cell;
  }

  /** Whether this cell holds a symbol in last session's look (hollow and muted). */
  isLastSession(cell: number): boolean {
    return this.lastSessionCells.has(cell);
  }

  private draw(cell: number, style: MarkStyle, label: string): void {
    const context = this.canvas.getContext('2d')!;
    const x = (cell % ATLAS_CELLS_PER_ROW) * CELL + CELL / 2;
    const y = Math.floor(cell / ATLAS_CELLS_PER_ROW) * CELL + CELL / 2;
    drawMark(context, style, x, y, CELL * 0.62);
    if (label) drawLabel(context, label, x, y + (style.shape === 'triangle' ? CELL * 0.06 : 0), CELL * 0.5);
    this.texture.needsUpdate = true;
  }
}

let atlas: MarkAtlas | null = null;

/** The one atlas of the page, made when the first mark needs it. */
export function markAtlas(): MarkAtlas {
  atlas ??= new MarkAtlas();
  return atlas;
}
