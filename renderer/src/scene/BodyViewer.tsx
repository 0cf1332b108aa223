import { Canvas, useFrame, useThree } from '@react-three/fiber';
import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import type { PerspectiveCamera } from 'three';
import { NeutralToneMapping } from 'three';
import { CAMERA_PRESETS, type CameraFraming, type ViewPresetId } from './cameraPresets';
import { getBodyPresentation, type BodyPresentation } from './bodyPresentation';
import { BACKGROUND_COLOR } from './materials/palette';
import type { PickHit } from './model/picking';
import { hitsAtClient } from './pointer';
import { createSideLabels } from './sideLabels';
import { useViewerStore } from './viewerStore';
import { snapshotOf } from './viewer/snapshot';
import { useBodyInScene } from './viewer/useBodyInScene';
import { useHoverAndClick } from './viewer/useHoverAndClick';
import type { CameraLink } from './viewer/useLinkedCamera';
import { useLinkedCamera } from './viewer/useLinkedCamera';
import { useOrbitControls } from './viewer/useOrbitControls';
import { markNotReady, unmaskedRenderer, useReadiness } from './viewer/useReadiness';
import { useViewerStoreSync } from './viewer/useViewerStoreSync';

/**
 * The 3D body: orbit/zoom/pan, view presets, hover names, click selection, layer modes, fascia
 * opacity, highlighted structures and camera focus, all driven by the viewer store. Renders on
 * demand only. `onReady` is called once the whole model (envelope included) is pickable and drawn.
 * The wrapper element reports facts for tests and benchmarks: `data-model-ready="true"` at that
 * same moment, `data-frames` counting rendered frames, `data-webgl-renderer` with the unmasked
 * renderer string.
 */
export interface BodyViewerHandle {
  /** Every hit under a point in client (CSS pixel) coordinates, nearest first. */
  pickAtClient(clientX: number, clientY: number): PickHit[];
  /** Renders a preset or any framing into the canvas and returns it as a PNG data URL (for printouts). */
  snapshot(framing: ViewPresetId | CameraFraming): string;
}

export interface BodyViewerProps {
  className?: string;
  /** Accessible name of the canvas region. */
  label?: string;
  /** Called after a click (not a drag) with every hit along the ray. */
  onPick?: (hits: PickHit[]) => void;
  /** Called once, when the whole model has been drawn and can be picked and photographed. */
  onReady?: () => void;
  handleRef?: Ref<BodyViewerHandle>;
  /** Scene objects drawn with the body (a feature's marks), rendered inside the canvas. */
  children?: ReactNode;
  /**
   * Draws the body plain, whatever the screens have set in the viewer store (layers, a selected
   * muscle, a highlighted myofascial line): a printed snapshot shows the session and nothing else.
   */
  plain?: boolean;
  /** Moves this viewer's camera with every other viewer on the same link, both ways. */
  cameraLink?: CameraLink;
}

interface SceneProps extends Pick<BodyViewerProps, 'onPick' | 'onReady' | 'handleRef' | 'cameraLink'> {
  presentation: BodyPresentation;
  wrapper: RefObject<HTMLDivElement | null>;
  plain: boolean;
}

function BodyScene({ presentation, wrapper, onPick, onReady, handleRef, plain, cameraLink }: SceneProps) {
  const { camera, gl, scene, invalidate } = useThree();
  const labels = useMemo(() => createSideLabels(), []);
  const wholeModelInScene = useReadiness(wrapper, onReady);
  useBodyInScene(presentation, labels, wholeModelInScene, plain);
  const controls = useOrbitControls();
  useViewerStoreSync(presentation, controls, plain);
  useLinkedCamera(controls, wrapper, cameraLink);
  useHoverAndClick(presentation, onPick);
  useFrame(() => labels.update(camera));

  useImperativeHandle(
    handleRef,
    () => ({
      pickAtClient: (clientX, clientY) =>
        hitsAtClient(presentation.model, camera, gl.domElement, clientX, clientY),
      snapshot(framing) {
        const placed = typeof framing === 'string' ? CAMERA_PRESETS[framing] : framing;
        const url = snapshotOf(gl, scene, camera as PerspectiveCamera, labels, placed);
        invalidate();
        return url;
      },
    }),
    [gl, camera, scene, presentation, labels, invalidate],
  );
  return null;
}

export function BodyViewer({
  className,
  label = '3D body model',
  onPick,
  onReady,
  handleRef,
  children,
  plain = false,
  cameraLink,
}: BodyViewerProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const presentation = useMemo(() => getBodyPresentation(), []);
  const initial = CAMERA_PRESETS[useViewerStore.getState().lastPreset ?? 'anterior'];

  useEffect(() => {
    if (wrapper.current) markNotReady(wrapper.current);
  }, []);

  return (
    <div ref={wrapper} className={className ?? 'body-viewer'} role="region" aria-label={label}>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ preserveDrawingBuffer: true, antialias: true }}
        camera={{ fov: initial.fov, near: 5, far: 2500, position: [...initial.position] }}
        onCreated={({ gl }) => {
          gl.toneMapping = NeutralToneMapping;
          gl.setClearColor(BACKGROUND_COLOR);
          wrapper.current?.setAttribute('data-webgl-renderer', unmaskedRenderer(gl));
        }}
      >
        <BodyScene
          presentation={presentation}
          wrapper={wrapper}
          onPick={onPick}
          onReady={onReady}
          handleRef={handleRef}
          plain={plain}
          cameraLink={cameraLink}
        />
        {children}
      </Canvas>
    </div>
  );
}
