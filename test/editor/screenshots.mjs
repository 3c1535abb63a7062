// `npm run screenshots`: pictures of what a user of the packaged extension sees, taken in the same
// real VS Code the end-to-end suite uses, and written to docs/. Also renders images/icon.png from
// its SVG source, so the two never drift apart.
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launchBrowser, ROOT, startEditor } from './host.mjs';

const DOCS = join(ROOT, 'docs');
const WAIT_MS = 30_000;

/**
 * Resolves when the element's fade-in and other animations have run (a mid-fade picture is
 * see-through).
 */
function settled(locator) {
  // an animation cancelled on the way (a list re-rendered) counts as done
  return locator.evaluate((el) =>
    Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))),
  );
}

const editor = await startEditor({
  userSettings: {
    'workbench.colorTheme': 'Default Dark Modern',
    'editor.minimap.enabled': false,
    'workbench.reduceMotion': 'on',
    'editor.fontSize': 14,
    'workbench.layoutControl.enabled': false,
    'editor.hover.delay': 100,
    'factlint.showVerified': true,
  },
});
const browser = await launchBrowser();
let failed = false;
try {
  const icon = await browser.newPage({ viewport: { width: 256, height: 256 } });
  await icon.goto(pathToFileURL(join(ROOT, 'images/icon.svg')).href);
  await icon.screenshot({ path: join(ROOT, 'images/icon.png'), omitBackground: true });

  const page = await browser.newPage({ viewport: { width: 1440, height: 780 } });
  await page.goto(editor.url());
  // a user opens the draft from the Explorer
  await page
    .locator('.explorer-folders-view .monaco-list-row', { hasText: 'planted.md' })
    .click({ timeout: WAIT_MS });
  const squiggles = page.locator('.monaco-editor .squiggly-error');
  await squiggles.nth(2).waitFor({ timeout: WAIT_MS });
  mkdirSync(DOCS, { recursive: true });

  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row').nth(3).waitFor({ timeout: WAIT_MS });
  await page.screenshot({ path: join(DOCS, 'problems.png') });

  // the second error squiggle is "$83B" (the first is "five-year")
  const figure = await squiggles.nth(1).boundingBox();
  await page.mouse.move(figure.x + figure.width / 2, figure.y + figure.height / 2 - 4);
  const hover = page.locator('.monaco-hover', { hasText: 'does not match the reference' });
  await hover.waitFor({ timeout: WAIT_MS });
  await settled(hover);
  await page.screenshot({ path: join(DOCS, 'hover.png') });

  await page.keyboard.press('Escape');
  await page.mouse.click(figure.x + figure.width / 2, figure.y + figure.height / 2 - 4);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget', { hasText: '$38B' });
  await menu.waitFor({ timeout: WAIT_MS });
  await settled(menu);
  await page.screenshot({ path: join(DOCS, 'quick-fix.png') });

  // the Fact Check view in the Explorer, opened as a user would, with the draft beside it
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+M'); // the Problems panel away: the view is the subject
  await page.locator('.pane-header', { hasText: 'Fact Check' }).click({ timeout: WAIT_MS });
  const rows = page.locator('.monaco-list-row', { hasText: 'Andy Jassy' });
  await rows.first().waitFor({ timeout: WAIT_MS });
  await settled(page.locator('.sidebar').first());
  await page.screenshot({ path: join(DOCS, 'fact-check.png') });

  // the language status item, shown by the status bar's language indicator
  await page.locator('[id="status.languageStatus"]').hover({ timeout: WAIT_MS });
  const status = page.locator('.workbench-hover, .monaco-hover', { hasText: 'checked' }).first();
  await status.waitFor({ timeout: WAIT_MS });
  await settled(status);
  await page.screenshot({ path: join(DOCS, 'status.png') });
  console.log(
    `wrote ${['problems', 'hover', 'quick-fix', 'fact-check', 'status'].map((n) => `docs/${n}.png`).join(', ')} and images/icon.png`,
  );
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  await editor.stop({ keep: failed });
}
process.exit(failed ? 1 : 0);
