import { CanvasTexture, Group, LinearFilter, Sprite, SpriteMaterial, Vector3, type Camera } from 'three';

/**
 * "Client's left" / "Client's right" drawn in the scene itself, so every view, screenshot and
 * printed snapshot says which side is which and a mirrored view cannot confuse. In a side view
 * only the label of the side facing the camera is shown.
 */
function labelSprite(text: string): Sprite {
  const canvas = document.createElement('canvas');
  canvas.width = 512;
  canvas.height = 112;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = 'rgba(255,255,255,0.88)';
    ctx.beginPath();
    ctx.roundRect(4, 4, 504, 104, 24);
    ctx.fill();
    ctx.strokeStyle = '#334155';
    ctx.lineWidth = 4;
    ctx.stroke();
    ctx.fillStyle = '#1e293b';
    ctx.font = '600 54px Inter, system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, 256, 58);
  }
  const texture = new CanvasTexture(canvas);
  texture.minFilter = LinearFilter;
  const sprite = new Sprite(new SpriteMaterial({ map: texture, depthTest: false, transparent: true }));
  sprite.scale.set(30, 6.5, 1);
  sprite.renderOrder = 10;
  sprite.raycast = () => undefined;
  return sprite;
}

export interface SideLabels {
  readonly group: Group;
  update(camera: Camera): void;
}

export function createSideLabels(): SideLabels {
  const group = new Group();
  group.name = 'side-labels';
  const left = labelSprite("Client's left");
  const right = labelSprite("Client's right");
  group.add(left, right);
  const view = new Vector3();
  return {
    group,
    update(camera) {
      camera.getWorldDirection(view);
      if (Math.abs(view.y) > 0.8) {
        // from above: well below and beside the shoulders, so they stay small and clear of the body
        left.position.set(60, 0, 0);
        right.position.set(-60, 0, 0);
        left.visible = right.visible = true;
      } else if (Math.abs(view.x) > 0.6) {
        // a side view shows the side nearest the camera, beside the heels
        const leftFacing = view.x < 0;
        left.visible = leftFacing;
        right.visible = !leftFacing;
        left.position.set(30, 6, -30);
        right.position.set(-30, 6, -30);
      } else {
        left.position.set(33, 6, 0);
        right.position.set(-33, 6, 0);
        left.visible = right.visible = true;
      }
    },
  };
}
