/**
 * One part of a list that SQL delivers in index order (for example "open tasks with a due date,
 * earliest first"). A list made of such parts is paged without ever sorting all its rows.
 */
export interface Segment<T> {
  count(): Promise<number>;
  rows(offset: number, limit: number): Promise<T[]>;
}

/**
 * The window `offset`..`offset + limit` of the segments laid end to end, and how many rows there
 * are in all. A window past the end is empty (never an error); only segments it touches are read.
 */
export async function pageAcross<T>(segments: readonly Segment<T>[], offset: number, limit: number): Promise<{ rows: T[]; total: number }> {
  const counts: number[] = [];
  // One after the other: the segments share one database connection.
  for (const segment of segments) counts.push(await segment.count());
  const rows: T[] = [];
  let skip = offset;
  for (const [index, segment] of segments.entries()) {
    const size = counts[index]!;
    if (skip >= size) {
      skip -= size;
      continue;
    }
    const wanted = limit - rows.length;
    if (wanted <= 0) break;
    rows.push(...(await segment.rows(skip, Math.min(wanted, size - skip))));
    skip = 0;
  }
  return { rows, total: counts.reduce((sum, count) => sum + count, 0) };
}
