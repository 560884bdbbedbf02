import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

export type Query = (sql: string, params?: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/** The three roles of shared mode, from most to least. */
export const SHARED_ROLES = ['verwaltung', 'bearbeitung', 'lesen'] as const;
export type SharedRole = (typeof SHARED_ROLES)[number];

export class LoginRefusal extends Error {
  constructor(
    readonly problem: 'invalid-name' | 'exists' | 'unknown' | 'last-verwaltung' | 'not-ours',
    readonly login: string,
  ) {
    super(`${problem}: ${login}`);
  }
}

/** A PostgreSQL login as IT types it: letters, digits, . _ - (no quoting surprises in pg_hba or psql). */
export const isLoginName = (name: string) => /^[a-z][a-z0-9._-]{0,62}$/.test(name);

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The group role behind a shared role, per database (roles belong to the whole server: a test and
 * a live database on one server keep their people apart).
 */
export function groupRole(database: string, role: SharedRole): string {
  return `lbw_${database.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 40)}_${role}`;
}

/**
 * The password as PostgreSQL stores it (SCRAM-SHA-256, RFC 5802/7677), computed here as psql's
 * \password does: the plain password never travels in a statement a server log could keep.
 */
export function scramVerifier(password: string, salt: Buffer = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** Tables of the daily work: measures, meetings and what the documents are made of. */
const WORK_TABLES = [
  'edition', 'field_of_action', 'guideline', 'measure', 'measure_tag', 'status_change', 'progress_note', 'motion', 'motion_measure',
  'meeting', 'agenda_item', 'agenda_item_measure', 'agenda_item_paper', 'attendance', 'decision', 'action_item', 'minutes_correction', 'body',
];
/** People and whom they belong to: personal data (DSGVO), kept by Verwaltung. */
const PEOPLE_TABLES = ['contact', 'organization', 'contact_organization', 'membership'];
/** Derived from the work tables (migrations 0002, 0003); contact_category and contact_search tell about people and are not among them. */
const WORK_COUNTS = ['measure_count', 'measure_lead', 'measure_tag_use', 'measure_activity_day', 'membership_count', 'action_item_part', 'contact_listed', 'measure_search'];
/** What Lesen sees of a person: the name as minutes and Anträge print it, nothing to reach them by. */
const CONTACT_NAME_COLUMNS = ['id', 'salutation', 'title', 'first_name', 'last_name', 'function', 'fraktion', 'sort_key', 'erased_at'];
const WRITE = 'SELECT, INSERT, UPDATE, DELETE';

/**
 * The rights of each role, enforced by the server whatever program connects: Verwaltung
 * everything; Bearbeitung measures, meetings and documents, people read-only; Lesen reads the work
 * and only the names of people. Run again after each migration (new tables get their grants).
 */
export async function applyGrants(query: Query, database: string): Promise<void> {
  const [verwaltung, bearbeitung, lesen] = SHARED_ROLES.map((role) => quoted(groupRole(database, role)));
  const all = [verwaltung, bearbeitung, lesen].join(', ');
  // The schema the migrations created the tables in (public, unless IT chose another).
  const [row] = await query('SELECT quote_ident(current_schema()) AS schema');
  const schema = String(row?.schema);
  const statements = [
    `REVOKE CONNECT, TEMPORARY ON DATABASE ${quoted(database)} FROM PUBLIC`,
    `GRANT CONNECT ON DATABASE ${quoted(database)} TO ${all}`,
    `GRANT USAGE ON SCHEMA ${schema} TO ${all}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM PUBLIC, ${all}`,
    `GRANT SELECT ON schema_identity, migrations, app_setting TO ${all}`,
    `GRANT ${WRITE} ON app_setting TO ${verwaltung}`,
    `GRANT ${WRITE} ON ${[...WORK_TABLES, ...PEOPLE_TABLES].join(', ')} TO ${verwaltung}`,
    `GRANT ${WRITE} ON ${WORK_TABLES.join(', ')} TO ${bearbeitung}`,
    `GRANT SELECT ON ${PEOPLE_TABLES.join(', ')} TO ${bearbeitung}`,
    `GRANT SELECT ON ${WORK_TABLES.join(', ')}, membership, organization, ${WORK_COUNTS.join(', ')} TO ${lesen}`,
    // Counts and categories are written by the triggers with the owner's rights: everyone only reads them.
    `GRANT SELECT ON ${[...WORK_COUNTS, 'contact_category', 'contact_search'].join(', ')} TO ${verwaltung}, ${bearbeitung}`,
    `GRANT SELECT (${CONTACT_NAME_COLUMNS.join(', ')}) ON contact TO ${lesen}`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${verwaltung}, ${bearbeitung}`,
    // The DSGVO erasure's one way through the append-only history (migration 0005): Verwaltung's alone.
    `GRANT EXECUTE ON FUNCTION ${schema}.lbw_erase_history_text(text, integer, text[], text[]) TO ${verwaltung}`,
  ];
  for (const statement of statements) await query(statement);
}

/** Creates the three group roles of `database` where missing (a second init finds them). */
export async function ensureGroupRoles(query: Query, database: string): Promise<void> {
  for (const role of SHARED_ROLES) {
    const name = groupRole(database, role);
    const [exists] = await query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
    if (!exists) await query(`CREATE ROLE ${quoted(name)} NOLOGIN`);
  }
}

export interface SharedLogin {
  readonly name: string;
  readonly role: SharedRole;
  /** Shown as "entered by" in histories (the role's comment); the login name when none was given. */
  readonly displayName: string;
  readonly canLogin: boolean;
}

/** A new login with one role; its password as a SCRAM verifier, or none (the server authenticates otherwise). */
export async function addLogin(query: Query, database: string, login: { name: string; role: SharedRole; password: string | null; displayName?: string }): Promise<void> {
  if (!isLoginName(login.name)) throw new LoginRefusal('invalid-name', login.name);
  const [exists] = await query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login.name]);
  if (exists) throw new LoginRefusal('exists', login.name);
  const password = login.password === null ? '' : ` PASSWORD ${literal(scramVerifier(login.password))}`;
  await query(`CREATE ROLE ${quoted(login.name)} LOGIN${password} IN ROLE ${quoted(groupRole(database, login.role))}`);
  if (login.displayName?.trim()) await query(`COMMENT ON ROLE ${quoted(login.name)} IS ${literal(login.displayName.trim())}`);
}

/** Every login holding one of this database's roles, with its strongest role. */
export async function listLogins(query: Query, database: string): Promise<SharedLogin[]> {
  const rows = await query(
    `SELECT member.rolname AS name, member.rolcanlogin AS "canLogin", grp.rolname AS "group",
            coalesce(shobj_description(member.oid, 'pg_authid'), '') AS "displayName"
       FROM pg_auth_members m
       JOIN pg_roles grp ON grp.oid = m.roleid
       JOIN pg_roles member ON member.oid = m.member
      WHERE grp.rolname = ANY($1)
      ORDER BY member.rolname`,
    [SHARED_ROLES.map((role) => groupRole(database, role))],
  );
  const logins = new Map<string, SharedLogin>();
  for (const row of rows) {
    const role = SHARED_ROLES.find((candidate) => groupRole(database, candidate) === row.group) ?? 'lesen';
    const name = String(row.name);
    const known = logins.get(name);
    if (known && SHARED_ROLES.indexOf(known.role) <= SHARED_ROLES.indexOf(role)) continue;
    logins.set(name, { name, role, displayName: String(row.displayName) || name, canLogin: row.canLogin === true });
  }
  return [...logins.values()];
}

/** Removes a login of this database; the last Verwaltung login stays (else no one could manage the data). */
export async function removeLogin(query: Query, database: string, name: string): Promise<void> {
  const logins = await listLogins(query, database);
  const login = logins.find((candidate) => candidate.name === name);
  if (!login) {
    const [exists] = await query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
    throw new LoginRefusal(exists ? 'not-ours' : 'unknown', name);
  }
  if (login.role === 'verwaltung' && logins.filter((candidate) => candidate.role === 'verwaltung').length === 1) throw new LoginRefusal('last-verwaltung', name);
  await query(`DROP ROLE ${quoted(name)}`);
}
