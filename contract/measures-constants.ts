// The measures contract's lists and markers without zod, so the renderer can load them cheaply;
// './measures' re-exports them (and builds its schemas from them).

export const MEASURE_ORIGINS = ['workshop', 'consultation', 'forum', 'working_group', 'other'] as const;
export const MEASURE_SORT_KEYS = ['code', 'title', 'status', 'field', 'priority', 'lead', 'updated'] as const;

/** A page of the list by default, and the most one call returns. */
export const MEASURE_PAGE_SIZE = 100;
export const MEASURE_PAGE_MAX = 500;
/** `measures.changeStatus` takes at most this many measures at once; "select all" stops here too. */
export const MEASURE_STATUS_CHANGE_MAX = 5000;

/** Search results wrap matches in these characters (never HTML): the renderer turns them into <mark>. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';
