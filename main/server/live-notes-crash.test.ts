import { describe, expect, it } from 'vitest';
import { callServer, processExited, startServeProcess, stubStaticDir, type ServeProcess } from '../../test-support/serve-process';
import { tempDir } from '../../test-support/temp-dir';

const SENTENCE = 'Frau Kaya berichtet über das Sprachcafé in Wilhelmsburg-Süd; im Schnitt kommen 18 Teilnehmende. ';
/** The minutes after the n-th autosave: the text grows by a few characters per save. */
const typed = (n: number) => SENTENCE.repeat(20).slice(0, n * 7);

/** One autosave over HTTP: 'acked' once the server answered ok, 'died' when the connection died with the process. */
async function save(server: ServeProcess, itemId: number, n: number): Promise<'acked' | 'died'> {
  let result: { ok: boolean };
  try {
    result = await callServer(server, 'agenda.saveNotes', { id: itemId, notes: typed(n) });
  } catch {
    return 'died';
  }
  if (!result.ok) throw new Error(`agenda.saveNotes refused: ${JSON.stringify(result)}`);
  return 'acked';
}

async function notesAfterRestart(server: ServeProcess, meetingId: number, itemId: number): Promise<string> {
  // The restart reopens the live meeting at the item it was on.
  const target = await callServer(server, 'meetings.resumeTarget', {});
  expect(target).toEqual({ ok: true, data: { meetingId, agendaItemId: itemId } });
  const reopened = await callServer<{ agenda: Array<{ id: number; notes: string }> }>(server, 'meetings.get', { id: meetingId });
  return reopened.data.agenda.find((entry) => entry.id === itemId)!.notes;
}

describe('live minutes survive a crash', () => {
  it('keeps the last acknowledged autosave through SIGKILLs after an answer and before COMMIT, and reopens the meeting at the item', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const staticDir = stubStaticDir();
    const first = await startServeProcess(dataDir, staticDir);
    const meeting = await callServer<{ id: number; agenda: Array<{ id: number }> }>(first, 'meetings.create', {
      kind: 'council_meeting',
      startsAt: '2026-11-26T18:00',
      place: 'Rathaus Harburg',
      standardItems: ['welcome', 'any_other_business'],
    });
    expect(meeting.ok).toBe(true);
    const meetingId = meeting.data.id;
    const itemId = meeting.data.agenda[1]!.id;
    expect((await callServer(first, 'meetings.setCurrentItem', { id: meetingId, agendaItemId: itemId })).ok).toBe(true);

    // 1. Autosaves one after another; right after the 6th answer the 7th goes out and the process is killed.
    const ACKS = 6;
    for (let n = 1; n <= ACKS; n++) expect(await save(first, itemId, n)).toBe('acked');
    const inFlight = save(first, itemId, ACKS + 1);
    first.child.kill('SIGKILL');
    await processExited(first.child);
    const lastAnswer = (await inFlight) === 'acked' ? ACKS + 1 : ACKS;

    // 2. Restart on the same folder (stale lock of the killed process taken over), armed to die in its 3rd write before COMMIT.
    const CRASH_IN_UNIT = 3;
    const second = await startServeProcess(dataDir, staticDir, { crashBeforeCommitOfUnit: CRASH_IN_UNIT });
    const afterKill = await notesAfterRestart(second, meetingId, itemId);
    // The last answered save is there; the one in flight landed whole or not at all.
    expect([typed(lastAnswer), typed(ACKS + 1)]).toContain(afterKill);
    let acked = afterKill.length / 7;
    for (let unit = 1; unit < CRASH_IN_UNIT; unit++) {
      expect(await save(second, itemId, ++acked)).toBe('acked');
    }
    expect(await save(second, itemId, acked + 1)).toBe('died');
    await processExited(second.child);
    expect(second.child.signalCode).toBe('SIGKILL');

    // 3. The save killed before its COMMIT is gone entirely; the last acknowledged one is there.
    const third = await startServeProcess(dataDir, staticDir);
    try {
      expect(await notesAfterRestart(third, meetingId, itemId)).toBe(typed(acked));
      expect(await callServer(third, 'maintenance.checkIntegrity', {})).toMatchObject({ ok: true, data: { ok: true } });
    } finally {
      third.child.kill('SIGTERM');
      await processExited(third.child);
    }
  });
});
