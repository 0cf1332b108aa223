import { DirectionalLight, Group, HemisphereLight, Object3D } from 'three';

/**
 * Lighting fixed to the camera: a hemisphere light plus key, fill and rim. Because the rig turns
 * with the camera, anterior and posterior views (and every orbit in between) are lit alike.
 * Positions are in camera space (the camera looks down -z).
 */
function directional(
  intensity: number,
  position: [number, number, number],
  target: Object3D,
): DirectionalLight {
  const light = new DirectionalLight(0xffffff, intensity);
  light.position.set(...position);
  light.target = target;
  return light;
}

export function createCameraLights(): Group {
  const rig = new Group();
  rig.name = 'camera-lights';
  const target = new Object3D();
  target.position.set(0, 0, -300);
  rig.add(target);
  rig.add(new HemisphereLight(0xf4f6ff, 0x8a7f74, 1.1));
  rig.add(directional(1.9, [-160, 200, 60], target));
  rig.add(directional(0.6, [220, -40, 40], target));
  rig.add(directional(0.9, [60, 180, -600], target));
  return rig;
}
