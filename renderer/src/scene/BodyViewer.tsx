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
import { NeutralToneMapping, Raycaster, Vector2, type WebGLRenderer } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { createCameraLights } from './cameraLights';
import { applyPreset, focusOnBox } from './cameraMoves';
import { CAMERA_PRESETS, type ViewPresetId } from './cameraPresets';
import { getBodyPresentation, type BodyPresentation } from './bodyPresentation';
import { BACKGROUND_COLOR } from './materials/palette';
import { firstHit, pickAll, type PickHit } from './model/picking';
import { createSideLabels } from './sideLabels';
import { useViewerStore } from './viewerStore';

/**
 * The 3D body: orbit/zoom/pan, view presets, hover names, click selection, layer modes, fascia
 * opacity, highlighted structures and camera focus, all driven by the viewer store. Renders on
 * demand only. The wrapper element reports facts for tests and benchmarks:
 * `data-model-ready="true"` once the whole model (envelope included) is pickable and drawn,
 * `data-frames` counting rendered frames, `data-webgl-renderer` with the unmasked renderer string.
 */
export interface BodyViewerHandle {
  /** Every hit under a point in client (CSS pixel) coordinates, nearest first. */
  pickAtClient(clientX: number, clientY: number): PickHit[];
  /** Renders one preset into the canvas and returns it as a PNG data URL (for printed summaries). */
  snapshot(preset: ViewPresetId): string;
}

export interface BodyViewerProps {
  className?: string;
  /** Accessible name of the canvas region. */
  label?: string;
  /** Called after a click (not a drag) with every hit along the ray. */
  onPick?: (hits: PickHit[]) => void;
  handleRef?: Ref<BodyViewerHandle>;
  /** Scene objects drawn with the body (a feature's marks), rendered inside the canvas. */
  children?: ReactNode;
}

function unmaskedRenderer(gl: WebGLRenderer): string {
  const context = gl.getContext();
  const info = context.getExtension('WEBGL_debug_renderer_info');
  const value = info
    ? context.getParameter(info.UNMASKED_RENDERER_WEBGL)
    : context.getParameter(context.RENDERER);
  return String(value);
}

interface SceneProps {
  presentation: BodyPresentation;
  wrapper: RefObject<HTMLDivElement | null>;
  onPick?: (hits: PickHit[]) => void;
  handleRef?: Ref<BodyViewerHandle>;
}

function BodyScene({ presentation, wrapper, onPick, handleRef }: SceneProps) {
  const { camera, gl, scene, invalidate } = useThree();
  const controlsRef = useRef<OrbitControls | null>(null);
  const frames = useRef(0);
  const readyPending = useRef(false);
  const labels = useMemo(() => createSideLabels(), []);
  const onPickRef = useRef(onPick);
  useEffect(() => {
    onPickRef.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const lights = createCameraLights();
    camera.add(lights);
    scene.add(camera, presentation.group, labels.group);
    const store = useViewerStore.getState();
    presentation.apply(store.layerModes, store.fasciaOpacity);
    let live = true;
    presentation.envelopeReady.then(() => {
      if (!live) return;
      const s = useViewerStore.getState();
      presentation.apply(s.layerModes, s.fasciaOpacity);
      readyPending.current = true;
      invalidate();
    });
    return () => {
      live = false;
      camera.remove(lights);
      scene.remove(presentation.group, labels.group);
    };
  }, [camera, scene, presentation, labels, invalidate]);

  useEffect(() => {
    const controls = new OrbitControls(camera, gl.domElement);
    controls.enableDamping = false;
    controls.minDistance = 20;
    controls.maxDistance = 900;
    // keyboard: arrow keys pan, Shift/Ctrl + arrow keys orbit (about ten degrees a press)
    controls.keyRotateSpeed = 20;
    controls.keyPanSpeed = 14;
    // The canvas takes keyboard focus so the orbit and pan keys work without a mouse.
    gl.domElement.setAttribute('tabindex', '0');
    gl.domElement.setAttribute(
      'aria-label',
      'Body model canvas: drag or Shift + arrow keys to orbit, arrow keys to pan, scroll to zoom',
    );
    controls.listenToKeyEvents(gl.domElement);
    controlsRef.current = controls;
    const preset = CAMERA_PRESETS[useViewerStore.getState().lastPreset ?? 'anterior'];
    applyPreset(camera as PerspectiveCamera, preset, controls);
    controls.addEventListener('change', () => invalidate());
    invalidate();
    return () => {
      controls.dispose();
      controlsRef.current = null;
    };
  }, [camera, gl, invalidate]);

  // store -> scene: layer modes, opacity, selection, highlights, camera requests
  useEffect(() => {
    const { state, model } = presentation;
    const mark = (ids: readonly string[] | string | null, channel: 1 | 2) => {
      state.clearChannel(channel);
      for (const id of typeof ids === 'string' ? [ids] : (ids ?? [])) {
        const index = model.structureIndex.get(id);
        if (index !== undefined) state.set(index, channel, true);
      }
    };
    const sync = (
      s: ReturnType<typeof useViewerStore.getState>,
      previous?: ReturnType<typeof useViewerStore.getState>,
    ) => {
      if (!previous || s.layerModes !== previous.layerModes || s.fasciaOpacity !== previous.fasciaOpacity) {
        presentation.apply(s.layerModes, s.fasciaOpacity);
      }
      if (!previous || s.selectedId !== previous.selectedId) mark(s.selectedId, 1);
      if (!previous || s.highlightedIds !== previous.highlightedIds) mark(s.highlightedIds, 2);
      const request = s.cameraRequest;
      if (request && request !== previous?.cameraRequest) {
        const cam = camera as PerspectiveCamera;
        if (request.kind === 'preset') applyPreset(cam, CAMERA_PRESETS[request.preset], controlsRef.current);
        else {
          const box = model.bounds.get(request.structureId);
          if (box) focusOnBox(cam, box, controlsRef.current);
        }
      }
      invalidate();
    };
    sync(useViewerStore.getState());
    return useViewerStore.subscribe(sync);
  }, [presentation, camera, invalidate]);

  // picking: hover names, click selects; hidden layers are not visible meshes and so drop out
  useEffect(() => {
    const element = gl.domElement;
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    const { model, state } = presentation;
    let hovered: number | null = null;
    let pendingMove: PointerEvent | null = null;
    let down: { x: number; y: number } | null = null;

    const hitsAt = (clientX: number, clientY: number): PickHit[] => {
      const rect = element.getBoundingClientRect();
      ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
      camera.updateMatrixWorld();
      raycaster.setFromCamera(ndc, camera);
      return pickAll(model, raycaster);
    };
    const setHover = (id: string | null) => {
      const index = id === null ? null : (model.structureIndex.get(id) ?? null);
      if (index === hovered) return;
      if (hovered !== null) state.set(hovered, 0, false);
      if (index !== null) state.set(index, 0, true);
      hovered = index;
      useViewerStore.getState().hover(id);
      invalidate();
    };
    const onMove = (event: PointerEvent) => {
      if (event.buttons !== 0) return;
      const first = pendingMove === null;
      pendingMove = event;
      if (!first) return;
      requestAnimationFrame(() => {
        const e = pendingMove;
        pendingMove = null;
        if (!e) return;
        const hit = firstHit(hitsAt(e.clientX, e.clientY), useViewerStore.getState().pickPreference);
        setHover(hit?.structureId ?? null);
      });
    };
    const onLeave = () => setHover(null);
    const onDown = (event: PointerEvent) => (down = { x: event.clientX, y: event.clientY });
    const onUp = (event: PointerEvent) => {
      if (!down || Math.hypot(event.clientX - down.x, event.clientY - down.y) > 5) return;
      down = null;
      const hits = hitsAt(event.clientX, event.clientY);
      const hit = firstHit(hits, useViewerStore.getState().pickPreference);
      useViewerStore.getState().select(hit?.structureId ?? null);
      onPickRef.current?.(hits);
    };
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerleave', onLeave);
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointerup', onUp);
    return () => {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera, presentation, invalidate]);

  useImperativeHandle(
    handleRef,
    () => ({
      pickAtClient(clientX, clientY) {
        const rect = gl.domElement.getBoundingClientRect();
        const raycaster = new Raycaster();
        raycaster.setFromCamera(
          new Vector2(
            ((clientX - rect.left) / rect.width) * 2 - 1,
            -((clientY - rect.top) / rect.height) * 2 + 1,
          ),
          camera,
        );
        return pickAll(presentation.model, raycaster);
      },
      snapshot(preset) {
        const cam = camera as PerspectiveCamera;
        const saved = {
          position: cam.position.clone(),
          up: cam.up.clone(),
          quaternion: cam.quaternion.clone(),
          fov: cam.fov,
        };
        applyPreset(cam, CAMERA_PRESETS[preset]);
        labels.update(cam);
        gl.render(scene, cam);
        const url = gl.domElement.toDataURL('image/png');
        cam.position.copy(saved.position);
        cam.up.copy(saved.up);
        cam.quaternion.copy(saved.quaternion);
        cam.fov = saved.fov;
        cam.updateProjectionMatrix();
        invalidate();
        return url;
      },
    }),
    [gl, camera, scene, presentation, labels, invalidate],
  );

  useFrame(() => {
    labels.update(camera);
    frames.current += 1;
    const element = wrapper.current;
    if (!element) return;
    element.setAttribute('data-frames', String(frames.current));
    if (readyPending.current) {
      readyPending.current = false;
      element.setAttribute('data-model-ready', 'true');
    }
  });
  return null;
}

export function BodyViewer({
  className,
  label = '3D body model',
  onPick,
  handleRef,
  children,
}: BodyViewerProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const presentation = useMemo(() => getBodyPresentation(), []);
  const initial = CAMERA_PRESETS[useViewerStore.getState().lastPreset ?? 'anterior'];

  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    if (!element.hasAttribute('data-frames')) element.setAttribute('data-frames', '0');
    if (!element.hasAttribute('data-model-ready')) element.setAttribute('data-model-ready', 'false');
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
        <BodyScene presentation={presentation} wrapper={wrapper} onPick={onPick} handleRef={handleRef} />
        {children}
      </Canvas>
    </div>
  );
}
