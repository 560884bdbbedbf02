import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logger';
import { SCHEMA_VERSION } from '../../../database/migrations';
import { databaseFileIn } from '../../../database/open-database';
import { mustCall, startTestCore } from '../../../test-support/core';
import { tempDir } from '../../../test-support/temp-dir';
import { manualBackupCutoff } from './backup-names';
import { BackupService } from './backup-service';

describe('manual backups and erased persons', () => {
  it('computes the cutoff for "keep N months" in local time; 0 keeps all', () => {
    expect(manualBackupCutoff(new Date(2026, 11, 6, 9, 30, 0), 6)).toBe('2026-06-06T09:30:00');
    expect(manualBackupCutoff(new Date(2026, 11, 6), 0)).toBeNull();
  });

  it('prunes manual backups older than the months the person set (and none while it is 0)', async () => {
    const dataDir = tempDir();
    const core = await startTestCore(dataDir);
    let clock = new Date(2026, 0, 15, 10, 0, 0);
    const service = new BackupService(dataDir, databaseFileIn(dataDir), SCHEMA_VERSION, silentLogger, () => clock);
    for (const month of [0, 3, 6, 9]) {
      clock = new Date(2026, month, 15, 10, 0, 0);
      await service.create('manual');
    }
    const manual = () => service.list().filter((backup) => backup.kind === 'manual').map((backup) => backup.createdAt.slice(0, 10));
    expect(manual()).toEqual(['2026-10-15', '2026-07-15', '2026-04-15', '2026-01-15']);

    await mustCall(core, 'backups.configure', { folder: '', keepDaily: 7, keepWeekly: 4, keepManualMonths: 5 });
    expect((await mustCall(core, 'backups.overview', {})).keepManualMonths).toBe(5);
    clock = new Date(2026, 9, 20, 10, 0, 0);
    await service.create('manual');
    // 20 Oct minus 5 months = 20 May: April and January go, July and October stay.
    expect(manual()).toEqual(['2026-10-20', '2026-10-15', '2026-07-15']);
    // A later change of the other numbers keeps the months.
    expect((await mustCall(core, 'backups.configure', { folder: '', keepDaily: 7, keepWeekly: 4 })).keepManualMonths).toBe(5);
  });

  it('names the backups that still hold a person, and none made after the erasure', async () => {
    const core = await startTestCore();
    const person = await mustCall(core, 'contacts.create', { firstName: 'Ayşe', lastName: 'Özdemir' });
    const before = await mustCall(core, 'backups.create', {});
    await mustCall(core, 'contacts.erase', { id: person.id });
    await mustCall(core, 'backups.create', {});
    const holding = await mustCall(core, 'backups.containingContact', { contactId: person.id });
    expect(holding.map((backup) => backup.fileName)).toEqual([before.fileName]);
  });
});
