import { expect, type Page } from '@playwright/test';
import { uiText, type UiLanguage } from './ui-text';

/**
 * Leaves live minutes as the minute-taker does ("Live-Protokoll beenden"). Left by changing the
 * address instead, the minutes count as still open and the next start reopens them – as after a
 * crash, by design – which races the next test's first navigation on the same server (seen in CI:
 * Einstellungen never came, the live minutes did).
 */
export async function leaveLiveMinutes(page: Page, language: UiLanguage): Promise<void> {
  const ended = page.waitForResponse((response) => response.url().endsWith('/api/meetings.setCurrentItem') && response.ok());
  await page.getByRole('link', { name: uiText(language, 'meetings.live.exit'), exact: true }).click();
  await ended;
  const liveTitle = uiText(language, 'meetings.live.title', { title: '' });
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(new RegExp(`^${liveTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}
