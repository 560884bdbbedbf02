import { describe, expect, it } from 'vitest';
import { callServer, processExited, startServeProcess, stubStaticDir } from '../../test-support/serve-process';
import { tempDir } from '../../test-support/temp-dir';

const SENTENCE = 'Frau Kaya berichtet über das Sprachcafé in Wilhelmsburg-Süd; im Schnitt kommen 18 Teilnehmende. ';

describe('live minutes survive a crash', () => {
  it('keeps the last acknowledged autosave through a SIGKILL mid-typing and reopens the meeting at the item', { timeout: 90_000 }, async () => {
    const dataDir = tempDir();
    const staticDir = stubStaticDir();
    const server = await startServeProcess(dataDir, staticDir);
    const meeting = await callServer<{ id: number; agenda: Array<{ id: number }> }>(server, 'meetings.create', {
      kind: 'council_meeting',
      startsAt: '2026-11-26T18:00',
      place: 'Rathaus Harburg',
      standardItems: ['welcome', 'any_other_business'],
    });
    expect(meeting.ok).toBe(true);
    const item = meeting.data.agenda[1]!;
    expect((await callServer(server, 'meetings.setCurrentItem', { id: meeting.data.id, agendaItemId: item.id })).ok).toBe(true);

    // A typist: the text grows by a few characters, saved about every 100 ms, until the process dies.
    let acknowledged = '';
    let typed = 0;
    const typist = (async () => {
      for (let n = 1; ; n++) {
        const text = SENTENCE.repeat(20).slice(0, n * 7);
        try {
          const result = await callServer<{ savedAt: string }>(server, 'agenda.saveNotes', { id: item.id, notes: text });
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
    await processExited(server.child);
    await typist;
    expect(typed).toBeGreaterThan(5);
    expect(acknowledged.length).toBeGreaterThan(20);

    const restarted = await startServeProcess(dataDir, staticDir);
    try {
      const target = await callServer<{ meetingId: number; agendaItemId: number | null } | null>(restarted, 'meetings.resumeTarget', {});
      expect(target).toEqual({ ok: true, data: { meetingId: meeting.data.id, agendaItemId: item.id } });
      const reopened = await callServer<{ agenda: Array<{ id: number; notes: string }> }>(restarted, 'meetings.get', { id: meeting.data.id });
      const notes = reopened.data.agenda.find((entry) => entry.id === item.id)!.notes;
      // The last acknowledged text is there; one more save may have landed before its answer was lost.
      expect(notes.startsWith(acknowledged)).toBe(true);
      expect(notes.length - acknowledged.length).toBeLessThanOrEqual(7);
      expect(await callServer(restarted, 'maintenance.checkIntegrity', {})).toMatchObject({ ok: true, data: { ok: true } });
    } finally {
      restarted.child.kill('SIGTERM');
      await processExited(restarted.child);
    }
  });
});
