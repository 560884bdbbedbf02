import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';
import { OFFICE_LAPTOP } from './support/demo';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The longest pause between two frames we accept while scrolling. A frame is 16.7 ms at 60 Hz; on
 * Debian's Chromium without a GPU, on two cores shared with other work, raster and garbage
 * collection give single frames of 30–60 ms that nobody notices. 100 ms is where people feel a
 * pause (the RAIL model's limit for a response), so a gap above it is a stall, not noise.
 */
const MAX_FRAME_GAP_MS = 100;
/**
 * One frame above that is machine noise, not the app: on CI's shared two-core VM (CPU pressure
 * 10–20 % while idle) one frame of 150 ms among 271 came once, while runs on the same machine
 * measured 50–100 ms. A stall of the app repeats at each of the five scrollbar jumps, so a second
 * frame above the limit fails, and so does any single frame above MAX_SINGLE_GAP_MS.
 */
const NOISE_FRAMES = 1;
const MAX_SINGLE_GAP_MS = 250;
/** Wheel steps through the top of the list: about 20 screens at 1366×768. */
const WHEEL_STEPS = 60;
const WHEEL_PX = 400;
/** Jumps to these fractions of the page, as dragging the scrollbar does (rows there are not loaded yet). */
const JUMPS = [0.1, 0.25, 0.5, 0.75, 0.9];

interface District {
  readonly contacts: number;
  readonly measures: number;
}

let dataDir = '';
let server: RunningServer;
let district: District;

test.use({ viewport: OFFICE_LAPTOP });
// Frame timing on CI's shared VM varies from run to run (two full runs on 2026-12-07 each had one
// screen with frames of 150–167 ms; alone, the spec measured 50–100 ms five times). A stall of the
// app fails every attempt; the report marks a pass on retry as "flaky", so it stays visible.
test.describe.configure({ retries: 2 });

// The whole 10× district (200,000 contacts, 50,000 measures), made by the bench's generator in
// about 30 s: the point is the real size, which a smaller set would not show.
test.beforeAll(async () => {
  test.setTimeout(300_000);
  dataDir = newDataDir();
  const printed = execFileSync(process.execPath, ['--import', 'tsx', 'test-support/make-big-district.ts', dataDir, '10'], { cwd: root, encoding: 'utf8' });
  district = JSON.parse(printed.trim().split('\n').at(-1)!) as District;
  server = await startServer(dataDir);
});

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Starts recording the time between animation frames in the page. */
async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { frameGaps: number[]; recording: boolean };
    state.frameGaps = [];
    state.recording = true;
    let last = 0;
    const tick = (now: number) => {
      if (last) state.frameGaps.push(now - last);
      last = now;
      if (state.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const state = window as unknown as { frameGaps: number[]; recording: boolean };
    state.recording = false;
    return state.frameGaps;
  });
}

/** Scrolls as a person does: the wheel through the first screens, the scrollbar dragged down, End at last. */
async function scrollTopToBottom(page: Page): Promise<void> {
  await page.mouse.move(OFFICE_LAPTOP.width / 2, OFFICE_LAPTOP.height / 2);
  for (let step = 0; step < WHEEL_STEPS; step++) {
    await page.mouse.wheel(0, WHEEL_PX);
    await page.waitForTimeout(16);
  }
  for (const fraction of JUMPS) {
    await page.evaluate((at) => window.scrollTo(0, at * (document.documentElement.scrollHeight - window.innerHeight)), fraction);
    await page.waitForTimeout(300);
  }
  await page.keyboard.press('End');
  await page.waitForTimeout(500);
}

for (const screen of [
  { name: 'Kontakte', route: '#/kontakte', total: () => district.contacts },
  { name: 'Maßnahmen', route: '#/leitbild/massnahmen', total: () => district.measures },
]) {
  test(`${screen.name} at 10× scroll from top to bottom without a pause`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`${server.url}${screen.route}`);
    await expect(page.getByRole('heading', { level: 1, name: screen.name })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
    // Every row can be reached: the table counts the whole list (header row + rows). Soft, so the
    // frame gaps are still measured and reported when a screen shows only part of the list.
    await expect.soft(table).toHaveAttribute('aria-rowcount', String(screen.total() + 1));

    await recordFrames(page);
    await scrollTopToBottom(page);
    const gaps = await stopFrames(page);
    await page.screenshot({ path: artifactPath(`scroll-10x-${screen.name === 'Kontakte' ? 'kontakte' : 'massnahmen'}-bottom.png`) });

    const longest = Math.max(...gaps);
    const over = gaps.filter((gap) => gap > MAX_FRAME_GAP_MS).length;
    test.info().annotations.push({ type: 'frames', description: `${gaps.length} frames, longest gap ${longest.toFixed(0)} ms, ${over} over ${MAX_FRAME_GAP_MS} ms` });
    expect(gaps.length, 'frames recorded while scrolling').toBeGreaterThan(60);
    expect.soft(over, `frames over ${MAX_FRAME_GAP_MS} ms among ${gaps.length} (longest ${longest.toFixed(0)} ms)`).toBeLessThanOrEqual(NOISE_FRAMES);
    expect.soft(longest, `longest frame gap of ${gaps.length} frames`).toBeLessThanOrEqual(MAX_SINGLE_GAP_MS);
    const lastRow = table.locator(`[aria-rowindex="${screen.total() + 1}"]`);
    await expect(lastRow).toBeInViewport({ timeout: 10_000 });
  });
}
