import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { removeTempDirs } from './fixtures';
import { wizardDefectiveFolder } from './wizard-fixtures';
import { goToStep, SMALL_WINDOW } from './wizard-helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const STEPS = ['Start', 'Basics', 'Store texts', 'Locales and translations', 'Locations and blocks', 'Settings fields', 'Support and contacts', 'Branding', 'Tour', 'Code check', 'Review and export'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's WCAG 2.1 A/AA rules over the page as it is now; only what stops or seriously hinders a user. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the debugger protocol: the app's CSP rightly refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 8).map((node) => {
          const data = (node as unknown as { any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } }[] }).any[0]?.data;
          return data?.fgColor ? `${node.target.join(' ')} ${data.fgColor} on ${data.bgColor} = ${data.contrastRatio}` : node.target.join(' ');
        }),
      }));
  });
}

describe('accessibility: every wizard step in both themes passes axe-core’s WCAG 2.1 AA checks', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launchHarness({ colorScheme: 'light', viewport: SMALL_WINDOW });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('the start screen and every step of a widget with findings', async () => {
    const { page } = harness;
    const found: Record<string, Violation[]> = {};
    const audit = async (name: string) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, scheme);
        // Colours ease between themes; measure the settled ones.
        await page.waitForTimeout(600);
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[`${name} (${scheme})`] = violations;
      }
      await page.emulateMedia({ colorScheme: 'light' });
    };

    await audit('start screen');
    harness.main.dialogs.openFolder.push(await wizardDefectiveFolder());
    await page.getByRole('button', { name: /Open folder/ }).click();
    await page.locator('#step-title').waitFor();
    await page.locator('.sidebar .step-dot, .sidebar [class*="status"]').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    for (const step of STEPS) {
      await goToStep(page, step);
      await page.waitForTimeout(300);
      await audit(step);
    }
    expect(found).toEqual({});
  });

  it('shows where the keyboard focus is on everything Tab reaches', async () => {
    const { page } = harness;
    await goToStep(page, 'Store texts');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const unseen: string[] = [];
    let reached = 0;
    for (let press = 0; press < 40; press += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? element.tagName;
        return { ring, label: `${element.tagName.toLowerCase()} "${label}"` };
      });
      if (!focus) continue;
      if (!focus.ring) unseen.push(focus.label);
      reached += 1;
    }
    expect(unseen).toEqual([]);
    expect(reached).toBeGreaterThan(20);
  });
});
