import type { TransferTable } from './transfer-tables';

export type Query = (sql: string, params?: readonly unknown[]) => Promise<Record<string, unknown>[]>;
export type Row = readonly unknown[];

/** One end of a transfer, inside the transaction that reads (a snapshot) or writes (all or nothing). */
export interface TransferSide {
  readonly engine: 'sqlite' | 'postgres';
  /** The table's columns, sorted by name. */
  columns(table: string): Promise<string[]>;
  /** All rows in primary-key order, a page at a time (keyset: no page re-reads the ones before). */
  pages(table: TransferTable, columns: readonly string[], pageSize: number): AsyncIterable<Row[]>;
  count(table: string): Promise<number>;
  insert(table: string, columns: readonly string[], rows: readonly Row[]): Promise<void>;
  /** The highest id the table ever handed out (deleted rows included), so none is given twice. */
  idCounter(table: string): Promise<number>;
  setIdCounter(table: string, value: number): Promise<void>;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function* keysetPages(
  query: Query,
  table: TransferTable,
  columns: readonly string[],
  pageSize: number,
  orderTerm: (column: string) => string,
  placeholder: (index: number) => string,
): AsyncIterable<Row[]> {
  const keyTerms = table.key.map(orderTerm).join(', ');
  const keyIndexes = table.key.map((column) => columns.indexOf(column));
  const select = `SELECT ${columns.map(quoted).join(', ')} FROM ${quoted(table.name)}`;
  let after: unknown[] | null = null;
  for (;;) {
    const where: string = after ? ` WHERE (${keyTerms}) > (${table.key.map((_, index) => placeholder(index + 1)).join(', ')})` : '';
    const page = await query(`${select}${where} ORDER BY ${keyTerms} LIMIT ${pageSize}`, after ?? []);
    const rows = page.map((record) => columns.map((column) => record[column]));
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1] as Row;
    after = keyIndexes.map((index) => last[index]);
  }
}

export function sqliteSide(query: Query): TransferSide {
  return {
    engine: 'sqlite',
    async columns(table) {
      const info = await query(`PRAGMA table_info(${quoted(table)})`);
      return info.map((column) => String(column.name)).sort();
    },
    // SQLite compares text byte by byte (BINARY): code-point order, as COLLATE "C" on PostgreSQL.
    pages: (table, columns, pageSize) => keysetPages(query, table, columns, pageSize, quoted, () => '?'),
    async count(table) {
      const [row] = await query(`SELECT count(*) AS n FROM ${quoted(table)}`);
      return Number(row?.n ?? 0);
    },
    async insert(table, columns, rows) {
      if (rows.length === 0) return;
      // One statement per page: SQLite takes the JSON array apart (values keep their type).
      const values = columns.map((_, index) => `value ->> ${index}`).join(', ');
      await query(`INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) SELECT ${values} FROM json_each(?) ORDER BY key`, [JSON.stringify(rows)]);
    },
    async idCounter(table) {
      const [row] = await query(`SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), coalesce((SELECT max(id) FROM ${quoted(table)}), 0)) AS n`, [table]);
      return Number(row?.n ?? 0);
    },
    async setIdCounter(table, value) {
      await query('DELETE FROM sqlite_sequence WHERE name = ?', [table]);
      if (value > 0) await query('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)', [table, value]);
    },
  };
}

export function postgresSide(query: Query): TransferSide {
  const textColumns = new Map<string, Set<string>>();
  const columnsOf = async (table: string) => {
    const info = await query(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
      [table],
    );
    textColumns.set(table, new Set(info.filter((column) => column.data_type === 'text').map((column) => String(column.column_name))));
    return info.map((column) => String(column.column_name)).sort();
  };
  const sequenceOf = async (table: string) => {
    const [row] = await query(`SELECT pg_get_serial_sequence($1, 'id') AS name`, [quoted(table)]);
    return String(row?.name);
  };
  return {
    engine: 'postgres',
    columns: columnsOf,
    async *pages(table, columns, pageSize) {
      if (!textColumns.has(table.name)) await columnsOf(table.name);
      const texts = textColumns.get(table.name) ?? new Set<string>();
      // Text keys in code-point order whatever the database's collation (de_DE would differ from SQLite).
      const orderTerm = (column: string) => (texts.has(column) ? `${quoted(column)} COLLATE "C"` : quoted(column));
      yield* keysetPages(query, table, columns, pageSize, orderTerm, (index) => `$${index}`);
    },
    async count(table) {
      const [row] = await query(`SELECT count(*)::int AS n FROM ${quoted(table)}`);
      return Number(row?.n ?? 0);
    },
    async insert(table, columns, rows) {
      if (rows.length === 0) return;
      const records = rows.map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index]])));
      const list = columns.map(quoted).join(', ');
      await query(`INSERT INTO ${quoted(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)`, [JSON.stringify(records)]);
    },
    async idCounter(table) {
      const sequence = await sequenceOf(table);
      const [row] = await query(
        `SELECT greatest((SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM ${sequence}), (SELECT coalesce(max(id), 0) FROM ${quoted(table)}))::int AS n`,
      );
      return Number(row?.n ?? 0);
    },
    async setIdCounter(table, value) {
      const sequence = await sequenceOf(table);
      await query(`SELECT setval($1, $2, false)`, [sequence, value + 1]);
    },
  };
}
