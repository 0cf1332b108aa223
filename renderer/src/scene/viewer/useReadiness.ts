import { useFrame } from '@react-three/fiber';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { WebGLRenderer } from 'three';

/**
 * Says when the whole model has been drawn: `onReady` once, and for tests and benchmarks the
 * wrapper's `data-model-ready="true"` and `data-frames` (frames rendered so far). Returns the
 * call that tells it the whole model is in the scene; the next frame drawn makes it ready.
 */
export function useReadiness(wrapper: RefObject<HTMLElement | null>, onReady?: () => void): () => void {
  const frames = useRef(0);
  const pending = useRef(false);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  }, [onReady]);

  useFrame(() => {
    frames.current += 1;
    const element = wrapper.current;
    element?.setAttribute('data-frames', String(frames.current));
    if (!pending.current) return;
    pending.current = false;
    element?.setAttribute('data-model-ready', 'true');
    // After this frame has been drawn, so a snapshot taken then sees everything.
    queueMicrotask(() => onReadyRef.current?.());
  });
  return useCallback(() => {
    pending.current = true;
  }, []);
}

/** The attributes' values before the first frame, so a test can tell "not yet" from "absent". */
export function markNotReady(element: HTMLElement) {
  if (!element.hasAttribute('data-frames')) element.setAttribute('data-frames', '0');
  if (!element.hasAttribute('data-model-ready')) element.setAttribute('data-model-ready', 'false');
}

/** The GPU's own name for itself, for benchmarks to record what they ran on. */
export function unmaskedRenderer(gl: WebGLRenderer): string {
  const context = gl.getContext();
  const info = context.getExtension('WEBGL_debug_renderer_info');
  const value = info
    ? context.getParameter(info.UNMASKED_RENDERER_WEBGL)
    : context.getParameter(context.RENDERER);
  return String(value);
}
