import { expect, type Locator } from '@playwright/test';

/**
 * Clicks a link once it has stopped moving. Body text below the screen is laid out only as it
 * nears it (content-visibility), so scrolling far down a long page moves what is below for a
 * moment; a reader clicks what they see once it is still, and so does this.
 */
export async function clickWhenStill(link: Locator): Promise<void> {
  await link.scrollIntoViewIfNeeded();
  let previous = '';
  await expect
    .poll(async () => {
      const box = JSON.stringify(await link.boundingBox());
      const still = box === previous;
      previous = box;
      return still;
    })
    .toBe(true);
  await link.click();
}
