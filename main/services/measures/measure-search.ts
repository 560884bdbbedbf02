import type { EntityManager } from 'typeorm';
import type { ParsedInput, SearchHitDto } from '../../../contract';
import { dialectOf } from '../../../database/sql-dialect';
import { searchMeasuresOnServer } from './measure-search-server';
import { RANKED_MATCHES, rankNewestMatches, type RankQuery } from './measure-ranking';
import { titleSimilarity, titleStems, toMatchQuery } from './measure-text';

export { RANKED_MATCHES } from './measure-ranking';

/** The ranked hits from FTS5 (bm25 weights set in the migration), newest matches first (measure-ranking.ts). */
async function rankedIds(manager: EntityManager, match: string, editionId: number | undefined, limit: number): Promise<number[]> {
  const editionFilter = editionId === undefined ? '' : 'WHERE m.edition_id = ?';
  const rank: RankQuery = async (newestOnly) =>
    (await manager.query(
      `WITH hits AS MATERIALIZED (SELECT rowid AS id, rank FROM measure_search WHERE measure_search MATCH ? ${newestOnly ? 'ORDER BY rowid DESC LIMIT ?' : ''})
       SELECT m.id, (SELECT count(*) FROM hits) AS matches FROM hits CROSS JOIN measure m ON m.id = hits.id
       ${editionFilter} ORDER BY hits.rank LIMIT ?`,
      [match, ...(newestOnly ? [RANKED_MATCHES] : []), ...(editionId === undefined ? [] : [editionId]), limit],
    )) as Array<{ id: number; matches: number }>;
  return rankNewestMatches(rank, editionId, limit);
}

/**
 * Two steps so the planner cannot scan all measures and test MATCH on each: first the ranked
 * hits from the index, then highlights for the page only.
 */
export async function searchMeasures(manager: EntityManager, input: ParsedInput<'measures.search'>): Promise<SearchHitDto[]> {
  if (dialectOf(manager) === 'postgres') return searchMeasuresOnServer(manager, input);
  const match = toMatchQuery(input.text);
  if (!match) return [];
  const ranked = await rankedIds(manager, match, input.editionId, input.limit);
  if (ranked.length === 0) return [];
  const ids = ranked;
  // Highlights for the page only. A rowid range, not an IN list: SQLite would run the FTS query once
  // per listed id; the range (the ranked ids are among the newest matches) is one short scan, and
  // the unary + keeps the id check out of the FTS index.
  const hits: SearchHitDto[] = await manager.query(
    `SELECT m.id, m.edition_id AS "editionId", m.code, m.title, m.status,
            highlight(measure_search, 1, char(2), char(3)) AS "titleHighlighted",
            snippet(measure_search, -1, char(2), char(3), '…', 14) AS snippet
     FROM measure_search JOIN measure m ON m.id = measure_search.rowid
     WHERE measure_search MATCH ? AND measure_search.rowid BETWEEN ? AND ?
       AND +measure_search.rowid IN (${ids.map(() => '?').join(',')})`,
    [match, Math.min(...ids), Math.max(...ids), ...ids],
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
