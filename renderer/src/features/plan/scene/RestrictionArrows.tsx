import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import {
  BufferGeometry,
  ConeGeometry,
  Float32BufferAttribute,
  InstancedMesh,
  LineBasicMaterial,
  Matrix4,
  MeshBasicMaterial,
  Quaternion,
  Vector3,
} from 'three';
import type { FindingBody } from '../../../../../shared/domain/plan/findings';
import { MARK_STYLES } from '../../../marks/styles';
import { lifted } from './markerPoints';

type Adhesion = Extract<FindingBody, { kind: 'adhesion' }>;

const LENGTH_CM = 6;
const HEAD_LENGTH_CM = 2;
const HEAD_WIDTH_CM = 1.4;
const ORDER = 11;

// The cone's tip at its origin and its base one unit down, so an instance's matrix puts the tip at the arrow's end.
const head = new ConeGeometry(0.5, 1, 8).translate(0, -0.5, 0);
const shaftMaterial = new LineBasicMaterial({ color: MARK_STYLES.adhesion.colour, toneMapped: false });
const headMaterial = new MeshBasicMaterial({ color: MARK_STYLES.adhesion.colour, toneMapped: false });
const UP = new Vector3(0, 1, 0);

/** Where an adhesion's arrow starts and which way it points: along the skin, in its restriction's direction. */
function arrowOf(adhesion: Adhesion) {
  const from = new Vector3(...lifted(adhesion.anchor.point, adhesion.anchor.normal, 0.8));
  return { from, direction: new Vector3(...adhesion.direction).normalize() };
}

/**
 * The direction of every adhesion's restriction, as arrows lying along the skin: all shafts in one
 * line batch and all heads in one instanced cone, two draw calls however many adhesions there are.
 */
export function RestrictionArrows({ adhesions }: { adhesions: readonly Adhesion[] }) {
  const invalidate = useThree((state) => state.invalidate);
  const { shafts, heads } = useMemo(() => {
    const arrows = adhesions.map(arrowOf);
    const shafts = new BufferGeometry();
    shafts.setAttribute(
      'position',
      new Float32BufferAttribute(
        arrows.flatMap(({ from, direction }) => [
          ...from.toArray(),
          ...from
            .clone()
            .addScaledVector(direction, LENGTH_CM - HEAD_LENGTH_CM)
            .toArray(),
        ]),
        3,
      ),
    );
    const heads = new InstancedMesh(head, headMaterial, Math.max(arrows.length, 1));
    heads.count = arrows.length;
    const matrix = new Matrix4();
    const turn = new Quaternion();
    const size = new Vector3(HEAD_WIDTH_CM, HEAD_LENGTH_CM, HEAD_WIDTH_CM);
    arrows.forEach(({ from, direction }, index) => {
      turn.setFromUnitVectors(UP, direction);
      heads.setMatrixAt(
        index,
        matrix.compose(from.clone().addScaledVector(direction, LENGTH_CM), turn, size),
      );
    });
    heads.computeBoundingSphere();
    heads.renderOrder = ORDER;
    heads.raycast = () => undefined;
    return { shafts, heads };
  }, [adhesions]);
  useEffect(
    () => () => {
      shafts.dispose();
      heads.dispose();
    },
    [shafts, heads],
  );
  useLayoutEffect(() => invalidate(), [invalidate, shafts]);
  if (adhesions.length === 0) return null;
  return (
    <>
      <lineSegments
        geometry={shafts}
        material={shaftMaterial}
        renderOrder={ORDER}
        raycast={() => undefined}
      />
      <primitive object={heads} />
    </>
  );
}
