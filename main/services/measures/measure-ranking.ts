/** Matches ranked for the first page: the newest this many, so a search stays as fast at 50,000 measures as at 500. */
export const RANKED_MATCHES = 1000;

/** One ranking query: `newestOnly` caps the match set at the newest RANKED_MATCHES; each row says how many matched. */
export type RankQuery = (newestOnly: boolean) => Promise<Array<{ id: number; matches: number }>>;

/**
 * The ranked hits on either engine's index: the newest RANKED_MATCHES matches are ranked (the index
 * stops early). A narrow search has fewer matches and is ranked in full; a broad one ("S") ranks the
 * newest thousand. When the edition filter leaves too few of them, the whole match set is ranked once
 * more, so an old edition still finds its own.
 */
export async function rankNewestMatches(rank: RankQuery, editionId: number | undefined, limit: number): Promise<number[]> {
  const newest = await rank(true);
  const capped = (newest[0]?.matches ?? 0) >= RANKED_MATCHES || (newest.length === 0 && editionId !== undefined);
  if (newest.length < limit && capped) return (await rank(false)).map((row) => row.id);
  return newest.map((row) => row.id);
}
