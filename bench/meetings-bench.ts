import fs from 'node:fs';
import type { CallName } from '../contract';
import type { AppCore } from '../main/core/app-core';
import { bulkInsert } from '../database/bulk-insert';
import { startBenchCore, timeCalls, type BenchFigure } from './bench-support';

const MEETINGS = 2000;
const ITEMS_PER_MEETING = 25; // 50,000 agenda items
const ACTION_ITEMS_PER_MEETING = 4;
const GUESTS_PER_MEETING = 10;
const BODIES = 10;
const KINDS = ['ag_session', 'council_meeting', 'committee', 'bv_session', 'forum'] as const;

const day = (index: number) => new Date(Date.UTC(2015, 0, 1) + index * 2 * 86_400_000).toISOString().slice(0, 10);

/** 2,000 meetings over eleven years with agendas, guests and action items, inserted in one transaction. */
async function fill(core: AppCore): Promise<number> {
  const now = new Date().toISOString();
  await core.database!.write(async (manager) => {
    await bulkInsert(manager, 'INSERT INTO body (id, name, kind, short_name, created_at) VALUES (?, ?, ?, ?, ?)',
      Array.from({ length: BODIES }, (_, i) => [i + 1, `Gremium ${i + 1}`, 'arbeitskreis', `G${i + 1}`, now]));
    await bulkInsert(
      manager,
      `INSERT INTO meeting (id, kind, body_id, number, title, starts_at, ends_at, place, state, approved_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)`,
      Array.from({ length: MEETINGS }, (_, i) => {
        const approved = i < MEETINGS - 50;
        return [i + 1, KINDS[i % KINDS.length], (i % BODIES) + 1, Math.floor(i / BODIES) + 1, `${day(i)}T18:00`, `${day(i)}T20:00`,
          `Sitzungsraum ${i % 7}`, approved ? 'minutes_approved' : 'held', approved ? day(i + 10) : null, now, now];
      }),
    );
    await bulkInsert(
      manager,
      `INSERT INTO agenda_item (id, meeting_id, parent_id, position, number, title, public, notes, created_at, updated_at)
       VALUES (?, ?, NULL, ?, ?, ?, 1, ?, ?, ?)`,
      Array.from({ length: MEETINGS * ITEMS_PER_MEETING }, (_, i) => {
        const position = (i % ITEMS_PER_MEETING) + 1;
        return [i + 1, Math.floor(i / ITEMS_PER_MEETING) + 1, position, String(position), `Tagesordnungspunkt ${position}`, 'Bericht und Aussprache. '.repeat(8), now, now];
      }),
    );
    await bulkInsert(
      manager,
      `INSERT INTO attendance (meeting_id, guest_name, role, guest, voting, status, position, created_at) VALUES (?, ?, 'Mitglied', 0, 1, ?, ?, ?)`,
      Array.from({ length: MEETINGS * GUESTS_PER_MEETING }, (_, i) => [Math.floor(i / GUESTS_PER_MEETING) + 1, `Person ${i % 300}`, i % 7 === 0 ? 'excused' : 'present', (i % GUESTS_PER_MEETING) + 1, now]),
    );
    await bulkInsert(
      manager,
      `INSERT INTO action_item (meeting_id, agenda_item_id, title, assignee_name, due_on, done_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      Array.from({ length: MEETINGS * ACTION_ITEMS_PER_MEETING }, (_, i) => {
        const meeting = Math.floor(i / ACTION_ITEMS_PER_MEETING);
        // Most are done; the last meetings' items and every 25th are still open.
        const open = meeting >= MEETINGS - 50 || i % 25 === 0;
        return [meeting + 1, meeting * ITEMS_PER_MEETING + 1, `Aufgabe ${i}`, `Person ${i % 300}`, day(meeting + 20), open ? null : day(meeting + 15), now, now];
      }),
    );
  });
  // The live item: the last item of the newest meeting, whose minutes are still open.
  return MEETINGS * ITEMS_PER_MEETING;
}

/** 2,000 meetings and 50,000 agenda items: the meeting list, the action-item overview, and the live-mode autosave. */
export async function benchMeetings(): Promise<BenchFigure[]> {
  const { core, dir } = await startBenchCore('meetings');
  try {
    const liveItem = await fill(core);
    const listP95 = await timeCalls(
      core,
      [
        ['meetings.list', {}],
        ['meetings.list', { bodyId: 3 }],
        ['meetings.list', { kind: 'ag_session', from: '2020-01-01' }],
        ['meetings.list', { text: 'Gremium 7' }],
        ['meetings.list', { state: 'held' }],
      ],
      20,
    );
    const actionP95 = await timeCalls(
      core,
      [
        ['actionItems.list', {}],
        ['actionItems.list', { state: 'overdue', today: '2026-11-26' }],
        ['actionItems.list', { bodyId: 4 }],
        ['actionItems.list', { state: 'done', bodyId: 2 }],
      ],
      20,
    );
    const getP95 = await timeCalls(core, [['meetings.get', { id: MEETINGS }], ['meetings.get', { id: 1234 }]], 20);
    // A typist: the item's text grows by a few characters per save.
    const text = 'Frau Kaya berichtet über das Sprachcafé; im Schnitt kommen 18 Teilnehmende. '.repeat(60);
    const saves: Array<[CallName, unknown]> = Array.from({ length: 300 }, (_, n) => ['agenda.saveNotes', { id: liveItem, notes: text.slice(0, 200 + n * 7) }]);
    const saveP95 = await timeCalls(core, saves, 1);
    return [
      { name: 'Sitzungsliste p95 bei 2.000 Sitzungen / 50.000 TOPs (meetings.list)', value: listP95, unit: 'ms', target: '< 50 ms', met: listP95 < 50 },
      { name: 'Aufgabenübersicht p95 bei 8.000 Aufgaben (actionItems.list)', value: actionP95, unit: 'ms', target: '< 50 ms', met: actionP95 < 50 },
      { name: 'Sitzung öffnen p95 mit 25 TOPs (meetings.get)', value: getP95, unit: 'ms', target: '< 50 ms', met: getP95 < 50 },
      { name: 'Protokoll-Autosave p95 im Live-Modus (agenda.saveNotes)', value: saveP95, unit: 'ms', target: '< 10 ms', met: saveP95 < 10 },
    ];
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
