import type { EntityManager } from 'typeorm';
import type { ParsedInput, SearchHitDto } from '../../../contract';
import { titleSimilarity, titleStems, toMatchQuery } from './measure-text';

/**
 * Two steps so the planner cannot scan all measures and test MATCH on each: first the ranked
 * hits from the index (bm25 weights set in the migration), then highlights for the page only.
 */
export async function searchMeasures(manager: EntityManager, input: ParsedInput<'measures.search'>): Promise<SearchHitDto[]> {
  const match = toMatchQuery(input.text);
  if (!match) return [];
  const editionFilter = input.editionId === undefined ? '' : 'AND m.edition_id = ?';
  const ranked: Array<{ id: number }> = await manager.query(
    `WITH hits AS MATERIALIZED (SELECT rowid AS id, rank FROM measure_search WHERE measure_search MATCH ?)
     SELECT m.id FROM hits JOIN measure m ON m.id = hits.id
     WHERE 1 = 1 ${editionFilter} ORDER BY hits.rank LIMIT ?`,
    input.editionId === undefined ? [match, input.limit] : [match, input.editionId, input.limit],
  );
  if (ranked.length === 0) return [];
  const ids = ranked.map((row) => row.id);
  const hits: SearchHitDto[] = await manager.query(
    `SELECT m.id, m.edition_id AS editionId, m.code, m.title, m.status,
            highlight(measure_search, 1, char(2), char(3)) AS titleHighlighted,
            snippet(measure_search, -1, char(2), char(3), '…', 14) AS snippet
     FROM measure_search JOIN measure m ON m.id = measure_search.rowid
     WHERE measure_search MATCH ? AND measure_search.rowid IN (${ids.map(() => '?').join(',')})`,
    [match, ...ids],
  );
  const order = new Map(ids.map((id, index) => [id, index]));
  return hits.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** Titles in the edition that look like the one being typed (the intake's duplicate hint): at most five, best first. */
export async function similarMeasures(manager: EntityManager, input: ParsedInput<'measures.similar'>): Promise<Array<{ id: number; code: string; title: string }>> {
  const stems = titleStems(input.title);
  if (stems.size === 0) return [];
  const candidates: Array<{ id: number; code: string; title: string }> = await manager.query(
    'SELECT id, code, title FROM measure WHERE edition_id = ?',
    [input.editionId],
  );
  return candidates
    .filter((candidate) => candidate.id !== input.excludeId)
    .map((candidate) => ({ candidate, score: titleSimilarity(stems, titleStems(candidate.title)) }))
    .filter(({ score }) => score >= 0.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map(({ candidate }) => candidate);
}
