import { expect, test } from './support/fixtures';
import { afterNextFrame, canvasPoint, waitForModel } from './support/model-canvas';

test.describe('the body model', () => {
  test.beforeEach(async ({ clinic }) => {
    await clinic.open('/model', 'Body model');
  });

  test('renders with WebGL and saves the five standard views', async ({ page }, testInfo) => {
    const viewer = await waitForModel(page);
    await expect(viewer).toHaveAttribute('data-webgl-renderer', /SwiftShader|ANGLE/);
    for (const view of ['Anterior', 'Posterior', 'Left', 'Right', 'Superior']) {
      await afterNextFrame(viewer, () => page.getByRole('button', { name: view, exact: true }).click());
      await expect(page.getByRole('button', { name: view, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await viewer
        .locator('canvas')
        .screenshot({ path: testInfo.outputPath(`model-${view.toLowerCase()}.png`) });
    }
  });

  test('names the muscle under the pointer in the posterior view, with the client’s side', async ({
    page,
  }) => {
    const viewer = await waitForModel(page);
    await afterNextFrame(viewer, () => page.getByRole('button', { name: 'Posterior', exact: true }).click());
    // Seen from behind, the client's left buttock is on the left of the screen.
    const buttock = await canvasPoint(viewer, 0.455, 0.47);
    await page.mouse.move(buttock.x, buttock.y);
    await expect(page.getByRole('status', { name: 'Structure under the pointer' })).toHaveText(
      "Gluteus maximus (client's left)",
    );
  });

  test('a hidden layer cannot be picked', async ({ page }) => {
    const viewer = await waitForModel(page);
    const hoverName = page.getByRole('status', { name: 'Structure under the pointer' });
    await afterNextFrame(viewer, () => page.getByRole('button', { name: 'Posterior', exact: true }).click());
    const buttock = await canvasPoint(viewer, 0.455, 0.47);
    await page.mouse.move(buttock.x, buttock.y);
    await expect(hoverName).toHaveText("Gluteus maximus (client's left)");

    await afterNextFrame(viewer, () => page.getByLabel('Hide superficial muscles').check());
    await page.mouse.move(buttock.x + 1, buttock.y);
    await expect(hoverName).not.toHaveText(/Gluteus maximus/);
    await expect(hoverName).toHaveText(/\(client's left\)/);
  });

  test('searching “piriformis” selects it and turns the camera to it', async ({ page, clinic }) => {
    const viewer = await waitForModel(page);
    await afterNextFrame(viewer, async () => {
      await page.getByLabel('Search structures').fill('piriformis');
      await page.getByLabel('Search structures').press('Enter');
    });
    await expect(page.getByText("Piriformis (client's left)").first()).toBeVisible();
    await clinic.expectScreen('Body model');

    // The camera now looks at the piriformis: with the layers above it hidden, it is under the centre.
    for (const layer of ['superficial fascia', 'deep fascia', 'superficial muscles']) {
      await afterNextFrame(viewer, () => page.getByLabel(`Hide ${layer}`).check());
    }
    const centre = await canvasPoint(viewer, 0.5, 0.5);
    await page.mouse.move(centre.x, centre.y);
    await expect(page.getByRole('status', { name: 'Structure under the pointer' })).toHaveText(
      "Piriformis (client's left)",
    );
  });
});
