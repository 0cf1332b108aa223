import {
  Color,
  LessEqualDepth,
  MeshBasicMaterial,
  MeshStandardMaterial,
  type DataTexture,
  type WebGLProgramParametersWithUniforms,
} from 'three';
import type { Layer } from '../../../../shared/anatomy';
import { HIGHLIGHT_COLOR, HOVER_COLOR, LAYER_COLORS, SELECT_COLOR, TENDON_COLOR } from './palette';

/**
 * Materials for the body layers. Muscles get fibre stripes driven by the across-fibre coordinate
 * (not world position, which moirés), faded where a stripe would be thinner than a few pixels, and
 * whiten where the profile says tendon. Fascia is drawn in two passes: depth only, then colour with
 * opacity rising toward the silhouette (Fresnel), so only its outer surface is blended and it reads
 * as a membrane.
 */
export interface BodyMaterialOptions {
  layer: Layer;
  stateTexture: DataTexture;
  /** 0 for bone: no fibre stripes. */
  stripeStrength: number;
  membrane: boolean;
  /**
   * A membrane's opacity face-on, as a share of its opacity at the silhouette. The skin stays a
   * faint veil over what it covers; the deep fascia is a sheet you can see (at the default
   * opacity, at least 35% face-on).
   */
  faceOn?: number;
  /** Fine relief in tangent space (the deep fascia's collagen bundles), laid along the sheet's (u, v). */
  normalMap?: DataTexture;
}

/** How many times the normal map repeats across (u) and along (v) a structure's surface. */
const NORMAL_MAP_REPEAT = [10, 14] as const;

const VERTEX_HEAD = /* glsl */ `
attribute float fibre;
attribute float tendon;
attribute float structure;
uniform sampler2D uState;
varying float vFibre;
varying float vTendon;
varying vec3 vState;
varying float vGhost;
varying float vShade;
`;

const VERTEX_BODY = /* glsl */ `
vFibre = fibre;
vTendon = tendon;
vec4 state = texelFetch(uState, ivec2(int(structure + 0.5), 0), 0);
vState = state.rgb;
vGhost = state.a;
// a small per-structure shade so neighbouring muscles separate even where they touch
vShade = fract(sin(structure * 12.9898) * 43758.5453) - 0.5;
`;

const FRAGMENT_HEAD = /* glsl */ `
uniform float uStripe;
uniform vec3 uTendonColor;
uniform vec3 uHover;
uniform vec3 uSelect;
uniform vec3 uHighlight;
uniform float uMembraneOpacity;
uniform float uFaceOn;
varying float vFibre;
varying float vTendon;
varying vec3 vState;
varying float vGhost;
varying float vShade;
`;

const FRAGMENT_COLOR = /* glsl */ `
{
  float width = fwidth(vFibre);
  float stripe = 0.5 + 0.5 * cos(6.2831853 * vFibre);
  float fade = 1.0 - smoothstep(0.18, 0.45, width);
  vec3 base = diffuseColor.rgb * (1.0 + vShade * 0.26);
  base *= 1.0 - uStripe * fade * stripe * (1.0 - 0.7 * vTendon);
  base = mix(base, uTendonColor * (1.0 - 0.05 * stripe * fade), vTendon * 0.88);
  base = mix(base, uHighlight, vState.b * 0.55);
  base = mix(base, uSelect, vState.g * 0.6);
  base = mix(base, uHover, vState.r * 0.5);
  diffuseColor.rgb = base;
}
`;

/**
 * A structure ghosted on its own shares its layer's single draw call with everything still shown, so
 * it cannot be blended: it keeps only its outline (where its surface turns away from the eye) and
 * lets what lies beneath be seen through the rest.
 */
const GHOST_OUTLINE = /* glsl */ `
#include <normal_fragment_maps>
if (vGhost > 0.5 && abs(dot(normalize(normal), normalize(vViewPosition))) > 0.3) discard;
`;

const MEMBRANE_ALPHA = /* glsl */ `
{
  float facing = abs(dot(normalize(normal), normalize(vViewPosition)));
  float fresnel = pow(1.0 - clamp(facing, 0.0, 1.0), 1.3);
  float hot = max(vState.r, max(vState.g, vState.b));
  diffuseColor.a = clamp(uMembraneOpacity * mix(uFaceOn, 1.0, fresnel) + hot * 0.25, 0.0, 1.0);
}
#include <opaque_fragment>
`;

export function createBodyMaterial(options: BodyMaterialOptions): MeshStandardMaterial {
  const material = new MeshStandardMaterial({
    color: new Color(LAYER_COLORS[options.layer]),
    roughness: options.membrane ? 0.35 : 0.55,
    metalness: 0,
    transparent: options.membrane,
    depthWrite: !options.membrane,
  });
  if (options.normalMap) {
    material.normalMap = options.normalMap;
    material.normalMap.repeat.set(...NORMAL_MAP_REPEAT);
    material.normalScale.set(0.6, 0.6);
  }
  if (options.membrane) material.depthFunc = LessEqualDepth;
  const uniforms = {
    uState: { value: options.stateTexture },
    uStripe: { value: options.stripeStrength },
    uTendonColor: { value: new Color(TENDON_COLOR) },
    uHover: { value: new Color(HOVER_COLOR) },
    uSelect: { value: new Color(SELECT_COLOR) },
    uHighlight: { value: new Color(HIGHLIGHT_COLOR) },
    uMembraneOpacity: { value: 0.35 },
    uFaceOn: { value: options.faceOn ?? 1 },
  };
  material.userData.uniforms = uniforms;
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader =
      VERTEX_HEAD +
      shader.vertexShader.replace('#include <begin_vertex>', `#include <begin_vertex>\n${VERTEX_BODY}`);
    shader.fragmentShader =
      FRAGMENT_HEAD +
      shader.fragmentShader
        .replace('#include <color_fragment>', `#include <color_fragment>\n${FRAGMENT_COLOR}`)
        .replace('#include <normal_fragment_maps>', GHOST_OUTLINE);
    if (options.membrane) {
      shader.fragmentShader = shader.fragmentShader.replace('#include <opaque_fragment>', MEMBRANE_ALPHA);
    }
  };
  material.customProgramCacheKey = () =>
    `fasciamap-body-${options.membrane ? 'membrane' : 'solid'}${options.normalMap ? '-mapped' : ''}`;
  return material;
}

/** Writes only depth, so the membrane's colour pass keeps just its nearest surface. */
export function createDepthPrepass(): MeshBasicMaterial {
  const material = new MeshBasicMaterial({ colorWrite: false, depthWrite: true, transparent: true });
  return material;
}

export function setMembraneOpacity(material: MeshStandardMaterial, opacity: number): void {
  const uniforms = material.userData.uniforms as { uMembraneOpacity: { value: number } } | undefined;
  if (uniforms) uniforms.uMembraneOpacity.value = opacity;
}

export function setGhost(material: MeshStandardMaterial, ghost: boolean): void {
  material.transparent = ghost;
  material.opacity = ghost ? 0.22 : 1;
  material.depthWrite = !ghost;
  material.needsUpdate = true;
}
