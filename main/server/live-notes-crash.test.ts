import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Running {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly secret: string;
}

/** Browser mode as a real child process, as `npm run serve` runs it (see crash-safety.test.ts). */
function startServer(dataDir: string, staticDir: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--data-dir', dataDir, '--static-dir', staticDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?secret=([\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, origin: match[1]!, secret: match[2]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

async function call<T>(server: Running, name: string, input: unknown): Promise<{ ok: boolean; data: T }> {
  const response = await fetch(`${server.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Leitbild-Secret': server.secret },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; data: T };
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve())));

const SENTENCE = 'Frau Kaya berichtet über das Sprachcafé in Wilhelmsburg-Süd; im Schnitt kommen 18 Teilnehmende. ';

describe('live minutes survive a crash', () => {
  it('keeps the last acknowledged autosave through a SIGKILL mid-typing and reopens the meeting at the item', { timeout: 90_000 }, async () => {
    const dataDir = tempDir();
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Test</title>');
    const server = await startServer(dataDir, staticDir);
    const meeting = await call<{ id: number; agenda: Array<{ id: number }> }>(server, 'meetings.create', {
      kind: 'council_meeting',
      startsAt: '2026-11-26T18:00',
      place: 'Rathaus Harburg',
      standardItems: ['welcome', 'any_other_business'],
    });
    expect(meeting.ok).toBe(true);
    const item = meeting.data.agenda[1]!;
    expect((await call(server, 'meetings.setCurrentItem', { id: meeting.data.id, agendaItemId: item.id })).ok).toBe(true);

    // A typist: the text grows by a few characters, saved about every 100 ms, until the process dies.
    let acknowledged = '';
    let typed = 0;
    const typist = (async () => {
      for (let n = 1; ; n++) {
        const text = SENTENCE.repeat(20).slice(0, n * 7);
        try {
          const result = await call<{ savedAt: string }>(server, 'agenda.saveNotes', { id: item.id, notes: text });
          if (result.ok) acknowledged = text;
          typed = n;
        } catch {
          return; // the connection died with the process
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 1_500 + Math.random() * 1_000));
    server.child.kill('SIGKILL');
    await exited(server.child);
    await typist;
    expect(typed).toBeGreaterThan(5);
    expect(acknowledged.length).toBeGreaterThan(20);

    const restarted = await startServer(dataDir, staticDir);
    try {
      const target = await call<{ meetingId: number; agendaItemId: number | null } | null>(restarted, 'meetings.resumeTarget', {});
      expect(target).toEqual({ ok: true, data: { meetingId: meeting.data.id, agendaItemId: item.id } });
      const reopened = await call<{ agenda: Array<{ id: number; notes: string }> }>(restarted, 'meetings.get', { id: meeting.data.id });
      const notes = reopened.data.agenda.find((entry) => entry.id === item.id)!.notes;
      // The last acknowledged text is there; one more save may have landed before its answer was lost.
      expect(notes.startsWith(acknowledged)).toBe(true);
      expect(notes.length - acknowledged.length).toBeLessThanOrEqual(7);
      expect(await call(restarted, 'maintenance.checkIntegrity', {})).toMatchObject({ ok: true, data: { ok: true } });
    } finally {
      restarted.child.kill('SIGTERM');
      await exited(restarted.child);
    }
  });
});
