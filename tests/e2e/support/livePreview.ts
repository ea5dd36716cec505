import type { FrameLocator, Page } from 'playwright-core'

// The admin's live-preview pane of the open edit view. Payload remembers per account whether the
// pane is open, and another test may have left it open: the toggler is clicked only when the pane
// does not show by itself (clicking it then would close it).
export async function openPreviewPane(page: Page): Promise<FrameLocator> {
  const iframe = page.locator('#live-preview-iframe')
  const shown = await iframe.waitFor({ timeout: 10_000 }).then(() => true, () => false)
  if (!shown) await page.locator('#live-preview-toggler').click()
  await iframe.waitFor({ timeout: 30_000 })
  return page.frameLocator('#live-preview-iframe')
}
