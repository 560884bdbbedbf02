import type { EntityManager } from 'typeorm';
import type { ParsedInput, SearchHitDto } from '../../../contract';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../contract/measures';
import { RANKED_MATCHES, rankNewestMatches, type RankQuery } from './measure-ranking';
import { toTsQuery } from './measure-text';

const QUERY = `to_tsquery('lbw_suche', ?)`;
/** ts_headline's marks: the same control characters as FTS5's highlight(), so the screens need no second path. */
const MARKS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`;

/**
 * The measure search on PostgreSQL's index (schema 3: tsvector with unaccent, every word a prefix),
 * in the two steps of the SQLite search: the ranked ids (ts_rank over the title, code, text and
 * notes weights), then title highlight and snippet for the page only.
 */
export async function searchMeasuresOnServer(manager: EntityManager, input: ParsedInput<'measures.search'>): Promise<SearchHitDto[]> {
  const query = toTsQuery(input.text);
  if (!query) return [];
  const editionFilter = input.editionId === undefined ? '' : 'WHERE m.edition_id = ?';
  const rank: RankQuery = async (newestOnly) =>
    (await manager.query(
      `WITH hits AS MATERIALIZED (SELECT s.id, ts_rank(s.document, q) AS rank FROM measure_search s, ${QUERY} q WHERE s.document @@ q
                                  ${newestOnly ? `ORDER BY s.id DESC LIMIT ${RANKED_MATCHES}` : ''})
       SELECT m.id, (SELECT count(*) FROM hits) AS matches FROM hits JOIN measure m ON m.id = hits.id
       ${editionFilter} ORDER BY hits.rank DESC, m.id DESC LIMIT ?`,
      [query, ...(input.editionId === undefined ? [] : [input.editionId]), input.limit],
    )) as Array<{ id: number; matches: number }>;
  const ids = await rankNewestMatches(rank, input.editionId, input.limit);
  if (ids.length === 0) return [];
  const hits: SearchHitDto[] = await manager.query(
    `SELECT m.id, m.edition_id AS "editionId", m.code, m.title, m.status,
            ts_headline('lbw_suche', m.title, q, 'HighlightAll=true, ${MARKS}') AS "titleHighlighted",
            ts_headline('lbw_suche', concat_ws(' ', m.title, m.description, m.goal,
                          (SELECT string_agg(n.text, ' ' ORDER BY n.id) FROM progress_note n WHERE n.measure_id = m.id)),
                        q, 'MaxWords=14, MinWords=5, MaxFragments=1, FragmentDelimiter=" … ", ${MARKS}') AS snippet
     FROM measure m, ${QUERY} q WHERE m.id IN (${ids.map(() => '?').join(',')})`,
    [query, ...ids],
  );
  const order = new Map(ids.map((id, index) => [id, index]));
  return hits.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}
