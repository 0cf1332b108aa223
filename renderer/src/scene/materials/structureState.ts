import { DataTexture, RGBAFormat, UnsignedByteType } from 'three';

/**
 * Per-structure display state in a 1-row texture that every body material reads in its vertex
 * shader (r = hovered, g = selected, b = highlighted, a = ghosted on its own, whatever its layer's
 * mode). Changing a hover writes one texel and asks
 * for one frame; no geometry or material is rebuilt.
 */
export type StateChannel = 0 | 1 | 2 | 3;

export interface StructureStateTexture {
  readonly texture: DataTexture;
  set(index: number, channel: StateChannel, on: boolean): void;
  clearChannel(channel: StateChannel): void;
}

export function createStructureState(count: number): StructureStateTexture {
  const data = new Uint8Array(Math.max(count, 1) * 4);
  const texture = new DataTexture(data, Math.max(count, 1), 1, RGBAFormat, UnsignedByteType);
  texture.needsUpdate = true;
  return {
    texture,
    set(index, channel, on) {
      data[index * 4 + channel] = on ? 255 : 0;
      texture.needsUpdate = true;
    },
    clearChannel(channel) {
      for (let i = channel; i < data.length; i += 4) data[i] = 0;
      texture.needsUpdate = true;
    },
  };
}
