import { LAST_SESSION_DASH, LAST_SESSION_OPACITY, type MarkShape, type MarkStyle } from './styles';

/**
 * Last session's mark: only the outline, dashed, in its muted colour over a thin white line, and
 * fainter, so it differs from today's rings by pattern as well as by colour. A latent trigger point
 * (already a ring) keeps a thinner outline than an active one.
 */
function drawOutline(context: CanvasRenderingContext2D, style: MarkStyle, size: number): void {
  const width = Math.max(1.5, size / (style.shape === 'ring' ? 9 : 6));
  context.globalAlpha = LAST_SESSION_OPACITY;
  context.setLineDash(LAST_SESSION_DASH.map((share) => share * size));
  // A wide white halo under the dashes: a hollow mark has no fill to stand out on red muscle.
  context.lineWidth = width + Math.max(3, size / 5);
  context.strokeStyle = '#ffffff';
  context.stroke();
  context.lineWidth = width;
  context.strokeStyle = style.colour;
  context.stroke();
}

/** Draws one mark's shape centred on (x, y), outlined in white so it reads on muscle and on fascia. */
export function drawMark(
  context: CanvasRenderingContext2D,
  style: MarkStyle,
  x: number,
  y: number,
  size: number,
): void {
  context.save();
  context.lineWidth = Math.max(1.5, size / 6);
  context.strokeStyle = '#ffffff';
  context.fillStyle = style.colour;
  tracePath(context, style.shape, x, y, size);
  if (style.lastSession) {
    drawOutline(context, style, size);
  } else if (style.shape === 'ring') {
    context.lineWidth = Math.max(2, size / 3.5);
    context.strokeStyle = '#ffffff';
    context.stroke();
    context.lineWidth = Math.max(1.5, size / 5);
    context.strokeStyle = style.colour;
    context.stroke();
  } else {
    context.fill();
    context.stroke();
  }
  context.restore();
}

function tracePath(
  context: CanvasRenderingContext2D,
  shape: MarkShape,
  x: number,
  y: number,
  size: number,
): void {
  const r = size / 2;
  context.beginPath();
  switch (shape) {
    case 'disc':
    case 'ring':
      context.arc(x, y, r, 0, Math.PI * 2);
      break;
    case 'diamond':
      context.moveTo(x, y - r * 1.2);
      context.lineTo(x + r * 1.2, y);
      context.lineTo(x, y + r * 1.2);
      context.lineTo(x - r * 1.2, y);
      break;
    case 'triangle':
      context.moveTo(x, y - r * 1.15);
      context.lineTo(x + r * 1.1, y + r * 0.85);
      context.lineTo(x - r * 1.1, y + r * 0.85);
      break;
    case 'square':
      context.rect(x - r, y - r, size, size);
      break;
  }
  context.closePath();
}

/** The zone's order, in white on its square. */
export function drawLabel(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  size: number,
): void {
  context.save();
  context.fillStyle = '#ffffff';
  context.font = `700 ${Math.round(size * 0.7)}px "Inter Variable", sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(text, x, y + size * 0.04);
  context.restore();
}

/** A thin line from where a zone is to where its number had to move, so it still points there. */
export function drawLeader(
  context: CanvasRenderingContext2D,
  from: { x: number; y: number },
  to: { x: number; y: number },
  colour: string,
): void {
  context.save();
  context.strokeStyle = colour;
  context.lineWidth = 1.5;
  context.beginPath();
  context.arc(from.x, from.y, 2.5, 0, Math.PI * 2);
  context.fillStyle = colour;
  context.fill();
  context.moveTo(from.x, from.y);
  context.lineTo(to.x, to.y);
  context.stroke();
  context.restore();
}

/**
 * An arrow out of a mark along `direction` (a unit step on the picture, y down): which way an
 * adhesion is restricted. White under the colour, like the marks, so it reads on any tissue.
 */
export function drawArrow(
  context: CanvasRenderingContext2D,
  from: { x: number; y: number },
  direction: { x: number; y: number },
  size: number,
  colour: string,
): void {
  const at = (distance: number, sideways = 0) => ({
    x: from.x + direction.x * distance - direction.y * sideways,
    y: from.y + direction.y * distance + direction.x * sideways,
  });
  const start = at(size * 0.75);
  const tip = at(size * 2.4);
  const barbs = [at(size * 1.75, size * 0.45), at(size * 1.75, -size * 0.45)];
  context.save();
  context.lineCap = 'round';
  context.lineJoin = 'round';
  for (const [stroke, width] of [
    ['#ffffff', Math.max(3, size / 3.5)],
    [colour, Math.max(1.5, size / 7)],
  ] as const) {
    context.strokeStyle = stroke;
    context.lineWidth = width;
    context.beginPath();
    context.moveTo(start.x, start.y);
    context.lineTo(tip.x, tip.y);
    context.moveTo(barbs[0]!.x, barbs[0]!.y);
    context.lineTo(tip.x, tip.y);
    context.lineTo(barbs[1]!.x, barbs[1]!.y);
    context.stroke();
  }
  context.restore();
}
