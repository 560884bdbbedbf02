import { databaseFileIn } from '../database/open-database';
import { describeSamples, ms, openRaw, sample, type BenchFigure, type RawDatabase } from './bench-support';
import { mustCallServe, type ServeChild } from './serve-child';

const BATCH = 150;
const SAMPLES = 30;
const AUTOSAVE_TARGET_MS = 10;
const BULK_RATIO_TARGET = 2;

export interface WritesInput {
  readonly server: ServeChild;
  readonly dataDir: string;
  readonly editionId: number;
  readonly fieldIds: readonly number[];
  /** An agenda item of a held meeting whose minutes are still open (live mode). */
  readonly liveAgendaItemId: number;
}

const today = () => new Date().toISOString().slice(0, 10);

async function inTransaction(raw: RawDatabase, work: () => Promise<void>): Promise<void> {
  await raw.exec('BEGIN IMMEDIATE');
  await work();
  await raw.exec('COMMIT');
}

/**
 * Writes as people make them, in the 10× database through the HTTP server: a new measure at a time,
 * a status change for a selection of 150, the live-minutes autosave. Anchor: the same rows with
 * raw prepared statements (same triggers, same pragmas, one transaction each), into the same file.
 */
export async function benchWrites({ server, dataDir, editionId, fieldIds, liveAgendaItemId }: WritesInput): Promise<BenchFigure[]> {
  const raw = await openRaw(databaseFileIn(dataDir));
  try {
    const now = new Date().toISOString();
    const create = await sample((index) =>
      mustCallServe(server, 'measures.create', { editionId, fieldOfActionId: fieldIds[index % fieldIds.length], title: `Neue Maßnahme ${index} Sprachcafé`, description: 'Angebot im Quartier', lead: 'Träger 3', tags: ['Sprache'] }),
    SAMPLES);
    const createRaw = await sample((index) =>
      inTransaction(raw, async () => {
        const code = `R-${index}`;
        await raw.insertEach('INSERT INTO measure (edition_id, field_of_action_id, code, title, description, lead, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          [editionId, fieldIds[index % fieldIds.length], code, `Neue Maßnahme ${index} Sprachcafé`, 'Angebot im Quartier', 'Träger 3', 'proposed', now, now],
        ]);
        await raw.insertEach("INSERT INTO measure_tag (measure_id, tag) VALUES ((SELECT id FROM measure WHERE edition_id = ? AND code = ?), 'Sprache')", [[editionId, code]]);
        await raw.insertEach("INSERT INTO status_change (measure_id, changed_on, from_status, to_status, entered_by, created_at) VALUES ((SELECT id FROM measure WHERE edition_id = ? AND code = ?), ?, NULL, 'proposed', 'Bench', ?)", [[editionId, code, today(), now]]);
      }),
    SAMPLES);

    // Selections of 150 measures in review, each deferred once: the app's batches first, then the anchor's.
    const inReview = (await raw.all<{ id: number }>("SELECT id FROM measure WHERE edition_id = ? AND status = 'in_review' ORDER BY id", [editionId])).map((row) => row.id);
    if (inReview.length < 2 * SAMPLES * BATCH) throw new Error(`only ${inReview.length} measures in review`);
    const batch = (index: number) => inReview.slice(index * BATCH, (index + 1) * BATCH);
    const bulk = await sample((index) => mustCallServe(server, 'measures.changeStatus', { measureIds: batch(index), toStatus: 'deferred', changedOn: today(), reason: 'Zurückgestellt bis zum Haushalt' }), SAMPLES);
    const bulkRaw = await sample((index) =>
      inTransaction(raw, async () => {
        const ids = batch(SAMPLES + index);
        await raw.insertEach("UPDATE measure SET status = 'deferred', updated_at = ? WHERE id = ?", ids.map((id) => [now, id]));
        await raw.insertEach(
          "INSERT INTO status_change (measure_id, changed_on, from_status, to_status, reason, entered_by, created_at) VALUES (?, ?, 'in_review', 'deferred', 'Zurückgestellt bis zum Haushalt', 'Bench', ?)",
          ids.map((id) => [id, today(), now]),
        );
      }),
    SAMPLES);

    const text = 'Frau Kaya berichtet über das Sprachcafé; im Schnitt kommen 18 Teilnehmende. '.repeat(40);
    const autosave = await sample((index) => mustCallServe(server, 'agenda.saveNotes', { id: liveAgendaItemId, notes: text.slice(0, 200 + index * 7) }), 100);
    const autosaveRaw = await sample((index) => inTransaction(raw, () => raw.insertEach('UPDATE agenda_item SET notes = ?, updated_at = ? WHERE id = ?', [[text.slice(0, 200 + index * 7), now, liveAgendaItemId]])), 100);

    const bulkRatio = bulk.p50 / bulkRaw.p50;
    return [
      { group: 'Schreiben bei 10× (HTTP)', name: 'Neue Maßnahme anlegen, eine nach der anderen (measures.create)', value: describeSamples(create), anchor: `roh p50 ${ms(createRaw.p50)} · p95 ${ms(createRaw.p95)}`, target: 'gemessen', met: null },
      {
        group: 'Schreiben bei 10× (HTTP)',
        name: `Status für ${BATCH} ausgewählte Maßnahmen ändern (measures.changeStatus) – ${describeSamples(bulk)}`,
        value: `${bulkRatio.toFixed(2)}× roh`,
        anchor: `roh p50 ${ms(bulkRaw.p50)} · p95 ${ms(bulkRaw.p95)}`,
        target: `≤ ${BULK_RATIO_TARGET}× roh`,
        met: bulkRatio <= BULK_RATIO_TARGET,
      },
      { group: 'Schreiben bei 10× (HTTP)', name: 'Protokoll-Autosave im Live-Modus (agenda.saveNotes)', value: describeSamples(autosave), anchor: `roh p95 ${ms(autosaveRaw.p95)}`, target: `p95 < ${AUTOSAVE_TARGET_MS} ms`, met: autosave.p95 < AUTOSAVE_TARGET_MS },
    ];
  } finally {
    await raw.close();
  }
}
