import type { EntityManager } from 'typeorm';
import { dialectOf } from '../../../database/sql-dialect';
import { fold, type ImportedContact } from './contact-import';
import { emailKey } from './contact-records';

/** A stored contact as the duplicate check compares it. */
export interface ExistingContact {
  readonly id: number;
  readonly first_name: string;
  readonly last_name: string;
  readonly emails: string;
  /** Its organisations' names joined by SEP, null for none. */
  readonly orgs: string | null;
}

/**
 * The folded last name without any "e": "Müller", "Mueller" and "Muller" all give "mullr". Both name
 * keys of a person (nameOrgKeys: folded, and with the umlauts written out, which only adds an "e"
 * after a, o or u) give the same value, so two rows whose name keys match always share it.
 */
export const coarseLastName = (lastName: string): string => fold(lastName).replace(/e/g, '');

/**
 * The stored contacts that can be duplicates of the file's rows, in id order: those sharing an
 * e-mail address or the coarse last name (read from `sort_key`, which holds the folded last name
 * before \u0001, see sortKeyOf) with a row. SQLite narrows 200,000 contacts to a handful without
 * the app folding each name; the exact keys are then compared in JavaScript as before, so the
 * result is the same as comparing with every contact. Rows SQLite cannot judge go along anyway:
 * addresses with other than printable ASCII (SQLite's lower() and trim() know only ASCII), names
 * with "|" (the key's separator) or \u0001 (the sort key's).
 */
export async function duplicateCandidates(manager: EntityManager, contacts: readonly ImportedContact[]): Promise<ExistingContact[]> {
  const names = new Set<string>();
  const emails = new Set<string>();
  let separatorInName = false;
  for (const contact of contacts) {
    if (contact.errors.length > 0) continue;
    names.add(coarseLastName(contact.lastName));
    for (const email of contact.emails) emails.add(emailKey(email));
    if (`${contact.firstName}${contact.lastName}`.includes('|')) separatorInName = true;
  }
  if (names.size === 0 && emails.size === 0) return [];
  return manager.query(dialectOf(manager) === 'postgres' ? CANDIDATES_ON_SERVER : CANDIDATES, [
    JSON.stringify([...names]),
    JSON.stringify([...emails]),
    separatorInName ? 1 : 0,
  ]);
}

const CANDIDATES = `SELECT c.id, c.first_name, c.last_name, c.emails,
            (SELECT group_concat(o.name, char(31)) FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = c.id) AS orgs
     FROM contact c
     WHERE c.erased_at IS NULL AND (
       ?3 OR instr(c.first_name, '|') > 0 OR instr(c.last_name, '|') > 0 OR instr(c.last_name, char(1)) > 0
       OR replace(substr(c.sort_key, 1, instr(c.sort_key, char(1)) - 1), 'e', '') IN (SELECT value FROM json_each(?1))
       OR EXISTS (SELECT 1 FROM json_each(c.emails) AS e WHERE lower(trim(e.value)) IN (SELECT value FROM json_each(?2)) OR e.value GLOB '*[^ -~]*'))
     ORDER BY c.id`;

/**
 * The same on PostgreSQL: the lists as jsonb (a stored scalar is one element, as json_each reads it),
 * a regular expression for GLOB, and a key without \u0001 read as empty (substr refuses a negative length).
 */
const CANDIDATES_ON_SERVER = `SELECT c.id, c.first_name, c.last_name, c.emails,
            (SELECT string_agg(o.name, chr(31)) FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = c.id) AS orgs
     FROM contact c
     WHERE c.erased_at IS NULL AND (
       ?3::integer <> 0 OR strpos(c.first_name, '|') > 0 OR strpos(c.last_name, '|') > 0 OR strpos(c.last_name, chr(1)) > 0
       OR replace(substr(c.sort_key, 1, greatest(strpos(c.sort_key, chr(1)) - 1, 0)), 'e', '') IN (SELECT jsonb_array_elements_text(?1::jsonb))
       OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(c.emails::jsonb) = 'array' THEN c.emails::jsonb ELSE jsonb_build_array(c.emails::jsonb) END) AS e (value)
                  WHERE lower(trim(e.value)) IN (SELECT jsonb_array_elements_text(?2::jsonb)) OR e.value ~ '[^ -~]'))
     ORDER BY c.id`;
