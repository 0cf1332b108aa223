import { CanvasTexture, SRGBColorSpace } from 'three';
import { drawLabel, drawMark } from './draw';
import type { MarkStyle } from './styles';

const SIZE = 64;
const cache = new Map<string, CanvasTexture>();

/**
 * One texture per symbol (and label), shared by every sprite that shows it: a plan with forty
 * marks still holds a handful of textures.
 */
export function markTexture(style: MarkStyle, label = ''): CanvasTexture {
  const key = `${style.shape}|${style.colour}|${label}`;
  const existing = cache.get(key);
  if (existing) return existing;
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const context = canvas.getContext('2d')!;
  drawMark(context, style, SIZE / 2, SIZE / 2, SIZE * 0.62);
  if (label)
    drawLabel(
      context,
      label,
      SIZE / 2,
      SIZE / 2 + (style.shape === 'triangle' ? SIZE * 0.06 : 0),
      SIZE * 0.5,
    );
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  cache.set(key, texture);
  return texture;
}
