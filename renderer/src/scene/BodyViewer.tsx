import { Canvas, useFrame, useThree } from '@react-three/fiber';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { NeutralToneMapping } from 'three';
import { CAMERA_PRESETS } from './cameraPresets';
import { getBodyPresentation, type BodyPresentation } from './bodyPresentation';
import { BACKGROUND_COLOR } from './materials/palette';
import type { PickHit } from './model/picking';
import { hitsAtClient } from './pointer';
import { unghostedHits } from './reveal';
import { createSideLabels } from './sideLabels';
import { useViewerStore } from './viewerStore';
import { useBodyInScene } from './viewer/useBodyInScene';
import { useCameraReport } from './viewer/useCameraReport';
import { useHoverAndClick, type PickTarget, type PointerHover } from './viewer/useHoverAndClick';
import { useKeyboardView } from './viewer/useKeyboardView';
import { useLinkedCamera, type CameraLink } from './viewer/useLinkedCamera';
import { useOrbitControls } from './viewer/useOrbitControls';
import { markNotReady, unmaskedRenderer, useReadiness } from './viewer/useReadiness';
import { useViewerStoreSync } from './viewer/useViewerStoreSync';

/**
 * The 3D body: orbit/zoom/pan, view presets, hover names, click selection, layer modes, fascia
 * opacity, highlighted structures and camera focus, all driven by the viewer store. Renders on
 * demand only. `onReady` is called once the whole model (envelope included) is pickable and drawn.
 * The wrapper element reports facts for tests and benchmarks: `data-model-ready="true"` at that
 * same moment, `data-frames` counting rendered frames, `data-webgl-renderer` with the unmasked
 * renderer string, `data-model-source` (`asset`, or `built` when the prebuilt model was refused)
 * once the model is in, and `data-camera` with the camera's position, target and distance.
 */
export interface BodyViewerHandle {
  /** Every hit under a point in client (CSS pixel) coordinates, nearest first; ghosted structures are seen through. */
  pickAtClient(clientX: number, clientY: number): PickHit[];
}

export interface BodyViewerProps {
  className?: string;
  /** Accessible name of the canvas region. */
  label?: string;
  /**
   * Called after a click (not a drag) with every hit along the ray, once it is clear the click is
   * not the first of a double click (which frames the structure instead).
   */
  onPick?: (hits: PickHit[]) => void;
  /**
   * Every hit under the pointer as it moves, at most once a frame (null once it leaves); while the
   * canvas has keyboard focus, every hit under the centre of the view.
   */
  onHover?: (hover: PointerHover | null) => void;
  /** Which hit the screen means, lit and framed; by default the Body model screen's preference. */
  pickTarget?: PickTarget;
  /** Called once, when the whole model has been drawn and can be picked and photographed. */
  onReady?: () => void;
  handleRef?: Ref<BodyViewerHandle>;
  /** Scene objects drawn with the body (a feature's marks), rendered inside the canvas. */
  children?: ReactNode;
  /**
   * The myofascial line this screen keeps for itself (a session's), drawn instead of the one the
   * Body model screen highlighted; null draws none. Left out, the viewer shows the store's.
   */
  highlightedLineId?: string | null;
  /** Moves this viewer's camera with every other viewer on the same link, both ways. */
  cameraLink?: CameraLink;
}

interface SceneProps extends Pick<
  BodyViewerProps,
  'onPick' | 'onHover' | 'pickTarget' | 'onReady' | 'handleRef' | 'highlightedLineId' | 'cameraLink'
> {
  presentation: BodyPresentation;
  wrapper: RefObject<HTMLDivElement | null>;
}

function BodyScene({
  presentation,
  wrapper,
  onPick,
  onHover,
  pickTarget,
  onReady,
  handleRef,
  highlightedLineId,
  cameraLink,
}: SceneProps) {
  const { camera, gl } = useThree();
  const labels = useMemo(() => createSideLabels(), []);
  const readyOnNextFrame = useReadiness(wrapper, onReady);
  const wholeModelInScene = useCallback(() => {
    if (presentation.source) wrapper.current?.setAttribute('data-model-source', presentation.source);
    readyOnNextFrame();
  }, [presentation, wrapper, readyOnNextFrame]);
  useBodyInScene(presentation, labels, wholeModelInScene);
  const controls = useOrbitControls();
  useViewerStoreSync(presentation, controls, highlightedLineId);
  const hoverOptions = useMemo(() => ({ onPick, onHover, pickTarget }), [onPick, onHover, pickTarget]);
  useHoverAndClick(presentation, hoverOptions);
  const onHoverRef = useRef(onHover);
  useEffect(() => {
    onHoverRef.current = onHover;
  }, [onHover]);
  useKeyboardView(presentation, controls, onHoverRef);
  useCameraReport(wrapper, controls);
  useLinkedCamera(controls, cameraLink);
  useFrame(() => labels.update(camera));

  useImperativeHandle(
    handleRef,
    () => ({
      pickAtClient: (clientX, clientY) =>
        unghostedHits(
          hitsAtClient(presentation.model, camera, gl.domElement, clientX, clientY),
          useViewerStore.getState().ghostedIds,
        ),
    }),
    [gl, camera, presentation],
  );
  return null;
}

export function BodyViewer({
  className,
  label = '3D body model',
  onPick,
  onHover,
  pickTarget,
  onReady,
  handleRef,
  children,
  highlightedLineId,
  cameraLink,
}: BodyViewerProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const presentation = useMemo(() => getBodyPresentation(), []);
  const initial = CAMERA_PRESETS[useViewerStore.getState().lastPreset ?? 'anterior'];

  useEffect(() => {
    if (wrapper.current) markNotReady(wrapper.current);
  }, []);

  return (
    <div
      ref={wrapper}
      className={className ?? 'body-viewer'}
      role="region"
      aria-label={label}
      data-highlighted-line={highlightedLineId ?? undefined}
    >
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
          onHover={onHover}
          pickTarget={pickTarget}
          onReady={onReady}
          handleRef={handleRef}
          highlightedLineId={highlightedLineId}
          cameraLink={cameraLink}
        />
        {children}
      </Canvas>
    </div>
  );
}
