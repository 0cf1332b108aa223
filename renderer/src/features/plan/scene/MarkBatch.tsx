import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import {
  BufferGeometry,
  Float32BufferAttribute,
  ShaderMaterial,
  Vector2,
  type Object3D,
  type WebGLRenderer,
} from 'three';
import type { ModelPoint } from '../../../../../shared/domain/plan/region';
import { ATLAS_CELLS_PER_ROW, markAtlas } from '../../../marks/markAtlas';

/** One symbol to draw: where, which atlas cell, and how large. */
export interface BatchedMark {
  position: ModelPoint;
  cell: number;
  /** 1 is a mark's usual size; selected marks are larger, last session's smaller. */
  emphasis: number;
}

/** Size on screen: about 22 px on a 700 px tall canvas, whatever the zoom (30° presets). */
const SCREEN_SCALE = 0.017;
/** Marks are drawn after the translucent fascia, which would otherwise wash them out. */
const MARK_ORDER = 10;

const VERTEX = /* glsl */ `
  attribute float cell;
  attribute float emphasis;
  uniform float halfHeight;
  uniform float cellsPerRow;
  varying vec2 vCell;
  void main() {
    gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
    // The size a sprite of the same scale has when it ignores distance: a share of the view's height.
    gl_PointSize = ${SCREEN_SCALE} * emphasis * projectionMatrix[1][1] * halfHeight;
    vCell = vec2(mod(cell, cellsPerRow), floor(cell / cellsPerRow));
  }
`;

const FRAGMENT = /* glsl */ `
  uniform sampler2D atlas;
  uniform float cellsPerRow;
  uniform float opacity;
  varying vec2 vCell;
  void main() {
    // Rows count down from the canvas's top, which the texture holds at v = 1.
    vec2 uv = vec2(vCell.x + gl_PointCoord.x, cellsPerRow - vCell.y - gl_PointCoord.y) / cellsPerRow;
    vec4 texel = texture2D(atlas, uv);
    if (texel.a < 0.02) discard;
    gl_FragColor = vec4(texel.rgb, texel.a * opacity);
    #include <tonemapping_fragment>
    #include <colorspace_fragment>
  }
`;

function batchMaterial(through: boolean): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    uniforms: {
      atlas: { value: markAtlas().texture },
      cellsPerRow: { value: ATLAS_CELLS_PER_ROW },
      halfHeight: { value: 350 },
      opacity: { value: through ? 0.3 : 1 },
    },
    depthTest: !through,
    depthWrite: false,
    transparent: true,
  });
}

let materials: { front: ShaderMaterial; through: ShaderMaterial } | null = null;

/** One material seen normally and one faint that shows through the body, shared by every batch. */
function batchMaterials() {
  materials ??= { front: batchMaterial(false), through: batchMaterial(true) };
  return materials;
}

const bufferSize = new Vector2();

/** Points are sized in device pixels, so each frame they read the height of the canvas drawn into. */
function sizeToCanvas(this: Object3D, renderer: WebGLRenderer) {
  const { front, through } = batchMaterials();
  const halfHeight = renderer.getDrawingBufferSize(bufferSize).y / 2;
  front.uniforms.halfHeight!.value = halfHeight;
  through.uniforms.halfHeight!.value = halfHeight;
}

const noRaycast = () => undefined;

/**
 * Marks as camera-facing symbols, all of them in two draw calls: one where the body does not hide
 * them, and a faint copy through it, so a mark on the back is not lost from the front view. The
 * canvas reports, for tests, how many symbols it draws (`data-marks`) and how many of them in last
 * session's look (`data-marks-last-session`).
 */
export function MarkBatch({ marks }: { marks: readonly BatchedMark[] }) {
  const invalidate = useThree((state) => state.invalidate);
  const canvas = useThree((state) => state.gl.domElement);
  const { front, through } = batchMaterials();
  const geometry = useMemo(() => {
    const batch = new BufferGeometry();
    batch.setAttribute(
      'position',
      new Float32BufferAttribute(
        marks.flatMap((mark) => mark.position),
        3,
      ),
    );
    batch.setAttribute(
      'cell',
      new Float32BufferAttribute(
        marks.map((mark) => mark.cell),
        1,
      ),
    );
    batch.setAttribute(
      'emphasis',
      new Float32BufferAttribute(
        marks.map((mark) => mark.emphasis),
        1,
      ),
    );
    batch.computeBoundingSphere();
    return batch;
  }, [marks]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useLayoutEffect(() => invalidate(), [invalidate, geometry]);
  useLayoutEffect(() => {
    const atlas = markAtlas();
    canvas.setAttribute('data-marks', String(marks.length));
    canvas.setAttribute(
      'data-marks-last-session',
      String(marks.filter((mark) => atlas.isLastSession(mark.cell)).length),
    );
  }, [canvas, marks]);
  if (marks.length === 0) return null;
  return (
    <>
      <points
        geometry={geometry}
        material={front}
        renderOrder={MARK_ORDER + 1}
        onBeforeRender={sizeToCanvas}
        raycast={noRaycast}
      />
      <points
        geometry={geometry}
        material={through}
        renderOrder={MARK_ORDER}
        onBeforeRender={sizeToCanvas}
        raycast={noRaycast}
      />
    </>
  );
}
