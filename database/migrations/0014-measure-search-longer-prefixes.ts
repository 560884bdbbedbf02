import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildMeasureSearch } from './0011-measure-search-prefixes';

/**
 * Schema version 14: the measure search's prefix indexes reach six characters. "Spra", "Sprac",
 * "Sprach" match dozens of words (Sprache, Sprachkurs, Sprachmittlung …); without an index of
 * their own each keystroke merged all of them, which grew with the data (about twice as slow at ten
 * times the measures, issue 17). Rebuilt as in 0011 (`rebuildMeasureSearch`) with the same columns,
 * tokenizer, rank and content. Nothing is found differently.
 */
export class MeasureSearchLongerPrefixes1764115200014 implements MigrationInterface {
  name = 'MeasureSearchLongerPrefixes1764115200014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rebuildMeasureSearch(queryRunner, '1 2 3 4 5 6');
  }

  async down(): Promise<void> {
    throw new Error('Schema version 14 cannot be undone; restore a backup instead.');
  }
}
