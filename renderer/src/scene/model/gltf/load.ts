import type { Object3D } from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import type { Vec3 } from '../../../../../shared/anatomy';

export interface LoadedBody {
  scene: Object3D;
  landmarks: Record<string, Vec3>;
}

/** Reads an exported body back with three's own glTF loader, as a viewer would. */
export function loadBodyGlb(bytes: Uint8Array): Promise<LoadedBody> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return new Promise((resolve, reject) => {
    new GLTFLoader().parse(
      buffer,
      '',
      (gltf) => {
        const node = gltf.scene.getObjectByName('landmarks');
        const landmarks = (node?.userData as { landmarks?: Record<string, Vec3> } | undefined)?.landmarks;
        if (!landmarks) reject(new Error('The file has no landmarks node'));
        else resolve({ scene: gltf.scene, landmarks });
      },
      reject,
    );
  });
}
