import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { CallInput, CallName, CallOutput, CallResult, SettingsDto, SystemStatus } from '../contract';
import { startAppCore, type AppCore } from '../main/core/app-core';
import { silentLogger } from '../main/services/logger';
import { plainPlatform } from '../main/core/plain-platform';
import { makeScratchDir } from '../main/core/data-temp';
import { createBrowserTransfers, type BrowserTransfers } from '../main/core/exports/browser-transfers';
import { DATABASE_FILE_NAME } from '../database/schema-identity';
import { seedDemo } from '../main/demo/seed-demo';
import { mustCall, startTestCore } from './core';
import { tempDir } from './temp-dir';
import type { Api } from '../renderer/src/api/api';

/** An `Api` on the real core, recording what the screen asked for (tests assert on the calls made). */
export interface RealApi extends Api {
  readonly core: AppCore;
  readonly calls: { name: CallName; input: unknown }[];
  callsOf(name: CallName): unknown[];
  /** A call a test makes itself (setting up or reading back), not recorded among the screen's. */
  must<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /** What the shell would pass to the screen: the core's own settings and status. */
  settings(): Promise<SettingsDto>;
  status(): Promise<SystemStatus>;
  /** The bytes behind a one-time download address of `exports.save` (as browser mode's server streams them); null when refused. */
  downloaded(url: string): Promise<Buffer | null>;
}

/**
 * Screens are tested against the real handler map on a temporary SQLite database: the same
 * dispatch the IPC and HTTP transports serve, with input and output passed through JSON as
 * they are on the wire. Nothing re-implements a service, so a screen test cannot pass while the
 * real screen would fail against the real core.
 */
export async function realApi(
  options: {
    seed?: 'empty' | 'demo';
    /** A database file to start on (a copy of it), e.g. from `databaseTemplate`. */
    from?: string;
    /** A data folder prepared by the test (a damaged or foreign file, a lock); the core starts on it as it is. */
    dataDir?: string;
  } = {},
): Promise<RealApi> {
  const dataDir = options.dataDir ?? tempDir('lbw-screen-');
  const source = options.seed === 'demo' ? await demoTemplate() : options.from;
  if (source) fs.copyFileSync(source, path.join(dataDir, DATABASE_FILE_NAME));
  // Browser mode's platform: exports answer one-time download addresses, imports go by upload.
  const transfers = createBrowserTransfers('real-api-secret');
  return realApiOn(await startTestCore(dataDir, { ...plainPlatform, transfers }), transfers);
}

/** The desktop app's core: its open dialog (`Platform.chooseDatabaseFile`) answers `chosen()`. */
export async function realDesktopApi(chosen: () => Promise<string | null>): Promise<RealApi> {
  return realApiOn(await startTestCore(tempDir('lbw-screen-'), { ...plainPlatform, transport: 'electron', chooseDatabaseFile: chosen }));
}

/** An `Api` on a core the test started itself (closed after the test like every `startTestCore`). */
export function realApiOn(core: AppCore, transfers?: BrowserTransfers): RealApi {
  const calls: { name: CallName; input: unknown }[] = [];
  const wire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
  const call = vi.fn(async (name: CallName, input: unknown) => {
    calls.push({ name, input });
    return wire(await core.dispatch(name, wire(input)));
  });
  return {
    core,
    call: call as unknown as Api['call'],
    calls,
    callsOf: (name) => calls.filter((entry) => entry.name === name).map((entry) => entry.input),
    must: (name, input) => mustCall(core, name, input),
    settings: () => mustCall(core, 'settings.get', {}),
    status: () => mustCall(core, 'system.status', {}),
    // As `POST /upload` does it (main/server/file-transfers.ts): the file into the data folder's temp, a token for it.
    upload: transfers
      ? async (file, fileName) => {
          const uploaded = path.join(makeScratchDir(core.dataDir), 'upload.sqlite');
          fs.writeFileSync(uploaded, await readBlob(file));
          const size = fs.statSync(uploaded).size;
          return { ok: true, data: { token: transfers.uploads.issue({ path: uploaded, fileName, size, temporary: true }), fileName, size } };
        }
      : undefined,
    downloaded: async (url) => {
      const file = transfers?.downloads.take(url.replace(/^\/download\//, ''));
      if (!file) return null;
      const parts: Buffer[] = [];
      for await (const chunk of file.chunks()) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
      return Buffer.concat(parts);
    },
  };
}

/** A Blob's bytes (jsdom's File has no arrayBuffer() in every version). */
function readBlob(blob: Blob): Promise<Buffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((buffer) => Buffer.from(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/** `CallResult` failures as the screen receives them, for tests that check a refusal directly. */
export type RealResult<N extends CallName> = CallResult<CallOutput<N>>;

let template: Promise<string> | undefined;

/**
 * A database built once per test worker by `build` through the contract, for data too large to
 * create per test (thousands of contacts); pass the returned file as `realApi({ from })`.
 */
export function databaseTemplate(build: (api: RealApi) => Promise<void>): () => Promise<string> {
  let file: Promise<string> | undefined;
  return () => {
    file ??= (async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-template-'));
      const core = await startAppCore({ dataDir: dir, appVersion: '0.0.0-test', platform: plainPlatform, logger: silentLogger });
      await build(realApiOn(core));
      await core.close();
      process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
      return path.join(dir, DATABASE_FILE_NAME);
    })();
    return file;
  };
}

/**
 * The demo (Harburg's cycle with contacts and meetings) is seeded once per test worker into a
 * template file, and each test gets its own copy: seeding per test would cost seconds each.
 */
function demoTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-demo-template-'));
    const core = await startAppCore({ dataDir: dir, appVersion: '0.0.0-test', platform: plainPlatform, logger: silentLogger });
    await seedDemo(core.dispatch);
    // A checkpointed, closed file copies as one self-contained database.
    await core.close();
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    return path.join(dir, DATABASE_FILE_NAME);
  })();
  return template;
}
