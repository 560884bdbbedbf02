import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../database/open-database';
import { mustCall, startTestCore } from '../../test-support/core';
import { demoContacts } from './demo-contacts';
import { demoFields } from './demo-data';
import { DemoRefusedError, seedDemo } from './seed-demo';

describe('demo data', () => {
  it("fills an empty database with Harburg's edition 2022–2024, its fields and about 40 measures across the lifecycle", async () => {
    const core = await startTestCore();
    const counts = await seedDemo(core.dispatch);
    const [edition] = await mustCall(core, 'editions.list', {});
    expect(edition).toMatchObject({ title: 'Zusammenleben in Vielfalt', periodFrom: 2022, periodTo: 2024, status: 'adopted', drucksache: '21-2519' });
    const fields = await mustCall(core, 'fieldsOfAction.list', { editionId: edition!.id });
    expect(fields.map((field) => field.name)).toEqual([
      'Zusammenleben in Harburg',
      'Deutsch als Sprache',
      'Arbeit und Bildung',
      'Antidiskriminierung',
      'Ehrenamt',
    ]);
    const list = await mustCall(core, 'measures.list', { editionId: edition!.id });
    expect(list.total).toBe(counts.measures);
    expect(list.total).toBeGreaterThanOrEqual(38);
    // Every status of the lifecycle appears.
    expect(Object.keys(list.statusCounts).sort()).toEqual(
      ['adopted', 'completed', 'continued', 'deferred', 'discontinued', 'implementing', 'in_review', 'proposed', 'recommended', 'rejected', 'submitted'],
    );
    expect(list.rows.map((row) => row.code)).toContain('ZL-01');
    const total = demoFields.reduce((sum, field) => sum + field.measures.length, 0);
    expect(list.total).toBe(total);
    expect(await mustCall(core, 'settings.get', {})).toMatchObject({ districtName: 'Bezirksamt Harburg' });
  });

  it('adds about 60 invented contacts with organisations, bodies, Fraktionen and chairs', async () => {
    const core = await startTestCore();
    const counts = await seedDemo(core.dispatch);
    const contacts = await mustCall(core, 'contacts.list', {});
    expect(contacts.total).toBe(counts.contacts);
    expect(contacts.total).toBeGreaterThanOrEqual(55);
    const bodies = await mustCall(core, 'bodies.list', {});
    expect(bodies.filter((body) => body.kind === 'fraktion').map((body) => body.shortName).sort()).toEqual(['CDU', 'FDP', 'GRÜNE', 'LINKE', 'SPD']);
    const council = bodies.find((body) => body.kind === 'integrationsrat')!;
    expect(council.currentMemberCount).toBeGreaterThan(10);
    const members = await mustCall(core, 'memberships.list', { bodyId: council.id });
    expect(members.filter((member) => member.role === 'chair' && member.current)).toHaveLength(1);
    expect(members.some((member) => !member.current)).toBe(true);
    expect((await mustCall(core, 'contacts.list', { text: 'Ozdemir' })).rows.map((row) => `${row.firstName} ${row.lastName}`)).toEqual(['Ayşe Özdemir', 'Zeynep Özdemir']);
    // Sixty different people, not thirty twice (a demo full of apparent duplicates misleads).
    expect(new Set(demoContacts.map((person) => `${person.firstName} ${person.lastName}`)).size).toBe(60);
    expect(demoContacts.filter((person) => ['Jürgen', 'Hans-Peter', 'Mehmet'].includes(person.firstName)).map((person) => person.salutation)).not.toContain('Frau');
    expect((await mustCall(core, 'organizations.list', {})).total).toBeGreaterThanOrEqual(8);
  });

  it('tells the Harburg story as meetings: conferences, the online workshop, four AG sessions, the BV decision, the next council meeting', async () => {
    const core = await startTestCore();
    await seedDemo(core.dispatch);
    const { rows } = await mustCall(core, 'meetings.list', {});
    const byKind = (kind: string) => rows.filter((row) => row.kind === kind);
    expect(byKind('integration_conference')).toHaveLength(2);
    expect(byKind('planning_workshop').map((row) => row.startsAt)).toEqual(['2021-09-25T10:00']);
    const ag = byKind('ag_session').reverse();
    expect(ag.map((row) => [row.startsAt.slice(0, 10), row.state])).toEqual([
      ['2021-11-17', 'minutes_approved'],
      ['2022-01-26', 'minutes_approved'],
      ['2022-03-16', 'minutes_approved'],
      ['2022-05-04', 'held'],
    ]);
    const votes = new Set<string>();
    for (const row of ag) {
      const meeting = await mustCall(core, 'meetings.get', { id: row.id });
      for (const item of meeting.agenda) if (item.decision) votes.add(item.decision.vote.mode);
      for (const item of meeting.agenda.filter((entry) => entry.decision?.vote.mode === 'counts')) {
        expect(item.decision!.voteMismatchConfirmed).toBe(false);
      }
    }
    expect([...votes].sort()).toEqual(['counts', 'fraktionen', 'unanimous']);

    const [bv] = byKind('bv_session');
    const assembly = await mustCall(core, 'meetings.get', { id: bv!.id });
    const adoption = assembly.agenda.find((item) => item.decision)!;
    expect(adoption).toMatchObject({ number: 'Ö 7', papers: ['21-2433'], decision: { drucksache: '21-2519', result: 'adopted' } });
    expect(adoption.decision!.effects.every((effect) => effect.toStatus === 'adopted')).toBe(true);

    // Measures were moved by the decisions, consistently with their status.
    const edition = (await mustCall(core, 'editions.list', {}))[0]!;
    const list = await mustCall(core, 'measures.list', { editionId: edition.id });
    const implementing = await mustCall(core, 'measures.get', { id: list.rows.find((row) => row.status === 'implementing')!.id });
    expect(implementing.history.map((change) => [change.toStatus, change.meeting?.itemNumber ?? null])).toEqual([
      ['proposed', null],
      ['in_review', '2'],
      ['recommended', expect.any(String)],
      ['submitted', null],
      ['adopted', 'Ö 7'],
      ['implementing', null],
    ]);
    expect(implementing.history[1]!.reason).toBe('Beschluss der 1. Sitzung der AG, TOP 2');
    const statusCounts = list.statusCounts;
    expect(statusCounts.proposed).toBeGreaterThan(0);

    const open = (await mustCall(core, 'actionItems.list', {})).rows;
    expect(open.map((item) => item.overdue).sort()).toEqual([false, true]);
    const upcoming = byKind('council_meeting').find((row) => row.state === 'planned')!;
    const next = await mustCall(core, 'meetings.get', { id: upcoming.id });
    expect(next.attendance.length).toBeGreaterThan(10);
    // Not held yet: everyone is expected, no one recorded present.
    expect(next.counts).toMatchObject({ present: 0, quorate: false });
    expect(next.counts.expected).toBe(next.attendance.length);
    expect(next.bodyGenitive).toBe('des Harburger Integrationsrats');
    expect(next.carriedActionItems).toHaveLength(2);
    expect(next.agenda.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(next.agenda[3]!.title).toBe('Vorbereitung der Integrationskonferenz');
  });

  it('records no one as present (anwesend) at a meeting that has not been held, read straight from the file', async () => {
    const core = await startTestCore();
    await seedDemo(core.dispatch);
    const rows = await allRows<{ id: number; starts_at: string; state: string }>(
      databaseFileIn(core.dataDir),
      `SELECT m.id, m.starts_at, m.state FROM attendance a JOIN meeting m ON m.id = a.meeting_id
        WHERE a.status = 'present'
          AND (m.state IN ('planned', 'invited') OR m.starts_at > strftime('%Y-%m-%dT%H:%M', 'now', 'localtime'))`,
    );
    expect(rows).toEqual([]);
    // The query does find the planned meeting's attendance list (so an empty answer is not a wrong join).
    const expected = await allRows<{ n: number }>(
      databaseFileIn(core.dataDir),
      `SELECT count(*) AS n FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.state IN ('planned', 'invited')`,
    );
    expect(expected[0]!.n).toBeGreaterThan(10);
  });

  it('refuses a database that already holds data and leaves it as it was', async () => {
    const core = await startTestCore();
    await mustCall(core, 'editions.create', { title: 'Eigene Ausgabe', periodFrom: 2025, periodTo: 2027 });
    await expect(seedDemo(core.dispatch)).rejects.toBeInstanceOf(DemoRefusedError);
    expect((await mustCall(core, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Eigene Ausgabe']);
  });
});

/** A raw, read-only sqlite3 connection beside the running core (no service in between). */
function allRows<T>(file: string, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all(sql, (error, rows) => db.close(() => (error ? reject(error) : resolve(rows as T[]))));
    });
  });
}
