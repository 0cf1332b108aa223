import { Color, ShaderMaterial } from 'three';
import { lastSessionWash, type WashStyle } from '../../../marks/styles';

const cache = new Map<string, ShaderMaterial>();

/**
 * A translucent wash over painted skin. A striped wash alternates 1 cm diagonal bands in model
 * space, so it differs from a plain wash by pattern, not only by colour, and the stripes stay put
 * when the camera moves.
 */
export function washMaterial(style: WashStyle, emphasis: 'normal' | 'selected' | 'previous'): ShaderMaterial {
  const key = `${style.label}|${emphasis}`;
  const existing = cache.get(key);
  if (existing) return existing;
  const shown = emphasis === 'previous' ? lastSessionWash(style) : style;
  const opacity = emphasis === 'selected' ? Math.min(0.85, style.opacity + 0.25) : shown.opacity;
  const material = new ShaderMaterial({
    uniforms: {
      colour: { value: new Color(shown.colour) },
      opacity: { value: opacity },
      striped: { value: shown.striped ? 1 : 0 },
    },
    vertexShader: /* glsl */ `
      varying vec3 vModel;
      void main() {
        vModel = position;
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      uniform vec3 colour;
      uniform float opacity;
      uniform float striped;
      varying vec3 vModel;
      void main() {
        float band = step(0.5, fract((vModel.x + vModel.y + vModel.z) * 0.5));
        float alpha = opacity * mix(1.0, 0.25 + 0.75 * band, striped);
        gl_FragColor = vec4(colour, alpha);
        #include <colorspace_fragment>
      }`,
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -2,
  });
  cache.set(key, material);
  return material;
}
