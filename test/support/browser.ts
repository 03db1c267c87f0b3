import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's Chromium, headless. Without it the browser suite fails loudly and says how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `\n\n  The browser tests need Chromium at ${CHROMIUM} and it is not there.\n` +
        `  Install it with:  apt-get update && apt-get install -y chromium\n` +
        `  (or set CHROMIUM_PATH to another Chromium or Chrome).\n\n`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeNode = { html: string; target: unknown[]; any: { data?: unknown }[]; all: unknown[]; none: unknown[] };

/**
 * The GOV.UK Design System's one documented known issue: conditionally revealing radios and checkboxes carry
 * aria-expanded, which ARIA does not list for those roles; GOV.UK keeps it because screen readers announce it
 * (alphagov/govuk-frontend#979, known issue #1280). Exactly that, and nothing else, is not counted.
 */
const govukConditionalRevealKnownIssue = (id: string, node: AxeNode): boolean =>
  id === 'aria-allowed-attr' &&
  /^<input[^>]*class="govuk-(radios|checkboxes)__input"/.test(node.html) &&
  node.any.every((check) => Array.isArray(check.data) && check.data.every((a) => /^aria-expanded=/.test(String(a))));

/** axe on the page as it is now, against WCAG 2.2 AA: the violations, each with the elements at fault. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !govukConditionalRevealKnownIssue(v.id, n as unknown as AxeNode)),
    }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`,
    );
}
