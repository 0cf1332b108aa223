import { afterNextFrame, canvasPoint, drawnExtent, modelReady } from './support/body-screen';
import { expect, test } from './support/fixtures';
import { pinch, twoFingerDrag } from './support/touch';

test.describe('the body model', () => {
  // The references are drawn at this size: pinned here so a change to the suite's window elsewhere
  // cannot change what is compared.
  test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

  test.beforeEach(async ({ clinic }) => {
    await clinic.open('/model', 'Body model');
  });

  test('renders with WebGL and draws the five standard views as their reference images', async ({ page }) => {
    const viewer = await modelReady(page);
    await expect(viewer).toHaveAttribute('data-webgl-renderer', /SwiftShader|ANGLE/);
    for (const view of ['Anterior', 'Posterior', 'Left', 'Right', 'Superior']) {
      await afterNextFrame(page, () => page.getByRole('button', { name: view, exact: true }).click());
      await expect(page.getByRole('button', { name: view, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      // e2e/__screenshots__/model.spec.ts/model-<view>.png; README says how a new Chromium updates them.
      await expect(viewer.locator('canvas')).toHaveScreenshot(`model-${view.toLowerCase()}.png`);
    }
  });

  test('reads the prebuilt model the build made rather than building it in the page', async ({ page }) => {
    const viewer = await modelReady(page);
    // `built` would mean the asset was refused and the model built in a worker.
    await expect(viewer).toHaveAttribute('data-model-source', 'asset');
  });

  test('names the muscle under the pointer in the posterior view, with the client’s side', async ({
    page,
  }) => {
    await modelReady(page);
    await afterNextFrame(page, () => page.getByRole('button', { name: 'Posterior', exact: true }).click());
    // Seen from behind, the client's left buttock is on the left of the screen.
    const buttock = await canvasPoint(page, 0.455, 0.47);
    await page.mouse.move(buttock.x, buttock.y);
    await expect(page.getByRole('status', { name: 'Structure under the pointer' })).toHaveText(
      "Gluteus maximus (client's left)",
    );
  });

  test('a hidden layer cannot be picked', async ({ page }) => {
    await modelReady(page);
    const hoverName = page.getByRole('status', { name: 'Structure under the pointer' });
    await afterNextFrame(page, () => page.getByRole('button', { name: 'Posterior', exact: true }).click());
    const buttock = await canvasPoint(page, 0.455, 0.47);
    await page.mouse.move(buttock.x, buttock.y);
    await expect(hoverName).toHaveText("Gluteus maximus (client's left)");

    await afterNextFrame(page, () => page.getByLabel('Hide superficial muscles').check());
    await page.mouse.move(buttock.x + 1, buttock.y);
    await expect(hoverName).not.toHaveText(/Gluteus maximus/);
    await expect(hoverName).toHaveText(/\(client's left\)/);
  });

  test('searching “piriformis” selects it and turns the camera to it', async ({ page, clinic }) => {
    await modelReady(page);
    await afterNextFrame(page, async () => {
      await page.getByLabel('Search structures').fill('piriformis');
      await page.getByLabel('Search structures').press('Enter');
    });
    await expect(page.getByText("Piriformis (client's left)").first()).toBeVisible();
    await clinic.expectScreen('Body model');

    // The camera now looks at the piriformis: with the layers above it hidden, it is under the centre.
    for (const layer of ['superficial fascia', 'deep fascia', 'superficial muscles']) {
      await afterNextFrame(page, () => page.getByLabel(`Hide ${layer}`).check());
    }
    const centre = await canvasPoint(page, 0.5, 0.5);
    await page.mouse.move(centre.x, centre.y);
    await expect(page.getByRole('status', { name: 'Structure under the pointer' })).toHaveText(
      "Piriformis (client's left)",
    );
  });

  test('searching “piriformis” fades what lies over it, so it is the structure seen at the centre', async ({
    page,
  }) => {
    await modelReady(page);
    const hoverName = page.getByRole('status', { name: 'Structure under the pointer' });
    const search = page.getByRole('region', { name: 'Find a structure' });
    const hideDeepFascia = page.getByLabel('Hide deep fascia');
    // Layer modes set before the search, which clearing it must bring back: the piriformis's own
    // layer is hidden, so the search has to show it.
    await afterNextFrame(page, () => page.getByLabel('Ghost skeleton').check());
    await afterNextFrame(page, () => page.getByLabel('Hide deep muscles').check());

    await afterNextFrame(page, async () => {
      await page.getByLabel('Search structures').fill('piriformis');
      await page.getByLabel('Search structures').press('Enter');
    });
    await expect(search).toHaveAttribute('data-ghosted', /\bgluteus_maximus_L\b/);
    await expect(search).not.toHaveAttribute('data-ghosted', /piriformis/);
    await expect(page.getByRole('status', { name: 'Revealed structure' })).toHaveText(
      /^Piriformis \(client's left\), seen through \d+ structures over it$/,
    );
    // No layer over it was hidden or faded by hand: the pointer at the centre names what is drawn there.
    await expect(page.getByLabel('Show deep muscles')).toBeChecked();
    await expect(page.getByLabel('Show superficial muscles')).toBeChecked();
    await expect(hideDeepFascia).not.toBeChecked();
    const centre = await canvasPoint(page, 0.5, 0.5);
    await page.mouse.move(centre.x, centre.y);
    await expect(hoverName).toHaveText("Piriformis (client's left)");

    await afterNextFrame(page, () => page.getByLabel('Search structures').fill(''));
    await expect(search).toHaveAttribute('data-ghosted', '');
    await expect(page.getByLabel('Ghost skeleton')).toBeChecked();
    await expect(page.getByLabel('Hide deep muscles')).toBeChecked();
    // seen through no longer: the gluteus maximus is back over the piriformis
    await page.mouse.move(centre.x + 1, centre.y);
    await expect(hoverName).toHaveText("Gluteus maximus (client's left)");
  });

  test('zooming goes toward the cursor: what is under it stays under it', async ({ page }) => {
    await modelReady(page);
    const hoverName = page.getByRole('status', { name: 'Structure under the pointer' });
    // the client's left thigh, well away from the centre of the anterior view
    const thigh = await canvasPoint(page, 0.56, 0.62);
    await page.mouse.move(thigh.x, thigh.y);
    await expect(hoverName).toHaveText(/\(client's left\)/);
    const before = await hoverName.textContent();
    for (let step = 0; step < 6; step++) await afterNextFrame(page, () => page.mouse.wheel(0, -300));
    await page.mouse.move(thigh.x + 1, thigh.y);
    await expect(hoverName).toHaveText(before!);
  });

  test('a double click frames the structure under it', async ({ page }) => {
    await modelReady(page);
    const hoverName = page.getByRole('status', { name: 'Structure under the pointer' });
    // seen from behind, the client's left buttock is on the left of the screen
    await afterNextFrame(page, () => page.getByRole('button', { name: 'Posterior', exact: true }).click());
    const buttock = await canvasPoint(page, 0.455, 0.47);
    await page.mouse.move(buttock.x, buttock.y);
    const target = "Gluteus maximus (client's left)";
    await expect(hoverName).toHaveText(target);
    const centre = await canvasPoint(page, 0.5, 0.5);
    await page.mouse.move(centre.x, centre.y);
    await expect(hoverName).not.toHaveText(target);

    await afterNextFrame(page, () => page.mouse.dblclick(buttock.x, buttock.y));
    await page.mouse.move(centre.x + 1, centre.y);
    await expect(hoverName).toHaveText(target);
  });

  test.describe('on a touchscreen', () => {
    test.use({ hasTouch: true });

    test('two fingers pinch to zoom and move together to pan', async ({ page }) => {
      // three gestures, each drawn and read back from a screenshot, on software WebGL
      test.setTimeout(180_000);
      await modelReady(page);
      const centre = await canvasPoint(page, 0.5, 0.5);
      const start = await drawnExtent(page);

      await afterNextFrame(page, () => pinch(page, centre, 100, 220));
      const zoomed = await drawnExtent(page);
      // the body fills the view's height already: its width shows the zoom
      expect(zoomed.width).toBeGreaterThan(start.width * 1.3);

      await afterNextFrame(page, () => pinch(page, centre, 220, 100));
      const back = await drawnExtent(page);
      expect(back.width).toBeLessThan(zoomed.width * 0.85);

      await afterNextFrame(page, () => twoFingerDrag(page, centre, 150, 0));
      const panned = await drawnExtent(page);
      expect((panned.left + panned.right) / 2).toBeGreaterThan((back.left + back.right) / 2 + 60);
      expect(panned.width).toBeGreaterThan(back.width * 0.9);
      expect(panned.width).toBeLessThan(back.width * 1.1);
    });
  });
});
