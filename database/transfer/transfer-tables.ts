/**
 * The tables a transfer copies: what people entered, in an order where each table's references
 * come first. The rest of SQLite's schema (counts, search tables, contact_category) is derived by
 * triggers from these rows and builds itself as they arrive; PostgreSQL has its own machinery.
 */
export interface TransferTable {
  readonly name: string;
  /** Primary key: the order rows are read, paged and checksummed in, the same on both engines. */
  readonly key: readonly string[];
  /** Whether the key is an id the database hands out (AUTOINCREMENT / identity): its counter moves along. */
  readonly generatedId: boolean;
}

const withId = (name: string): TransferTable => ({ name, key: ['id'], generatedId: true });
const keyed = (name: string, ...key: string[]): TransferTable => ({ name, key, generatedId: false });

export const TRANSFER_TABLES: readonly TransferTable[] = [
  keyed('app_setting', 'key'),
  withId('edition'),
  withId('field_of_action'),
  withId('guideline'),
  withId('measure'),
  keyed('measure_tag', 'measure_id', 'tag'),
  withId('organization'),
  withId('contact'),
  keyed('contact_organization', 'contact_id', 'organization_id'),
  withId('body'),
  withId('membership'),
  withId('meeting'),
  withId('agenda_item'),
  keyed('agenda_item_measure', 'agenda_item_id', 'measure_id'),
  keyed('agenda_item_paper', 'agenda_item_id', 'drucksache'),
  withId('attendance'),
  withId('decision'),
  withId('action_item'),
  withId('minutes_correction'),
  withId('motion'),
  keyed('motion_measure', 'motion_id', 'measure_id'),
  withId('progress_note'),
  withId('status_change'),
];
