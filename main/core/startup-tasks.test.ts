import { describe, expect, it } from 'vitest';
import { silentLogger } from '../services/logger';
import { DomainError } from '../services/domain-error';
import { StartupTasks, type StartupTaskSteps } from './startup-tasks';

function steps(overrides: Partial<StartupTaskSteps> = {}) {
  const order: string[] = [];
  const base: StartupTaskSteps = {
    check: async (onProgress) => {
      order.push('check');
      onProgress(40);
      return { ok: true };
    },
    onPassed: async () => void order.push('passed'),
    onDamaged: async () => void order.push('damaged'),
    backup: async () => {
      order.push('backup');
      return { fileName: 'Sicherung.sqlite' };
    },
    isReady: () => true,
    logger: silentLogger,
  };
  return { order, steps: { ...base, ...overrides } };
}

describe('StartupTasks', () => {
  it('checks first, opens the writes, then makes the backup', async () => {
    const { order, steps: given } = steps();
    const tasks = new StartupTasks(given);
    expect(tasks.snapshot()).toMatchObject({ check: { state: 'running' }, backup: { state: 'waiting' } });
    expect(await tasks.done).toEqual({ check: { state: 'passed', percent: 100 }, backup: { state: 'created' } });
    expect(order).toEqual(['check', 'passed', 'backup']);
  });

  it('reports the progress the check gives', async () => {
    let progress: (percent: number) => void = () => undefined;
    let finish: () => void = () => undefined;
    const tasks = new StartupTasks(
      steps({
        check: (onProgress) => {
          progress = onProgress;
          return new Promise((resolve) => (finish = () => resolve({ ok: true })));
        },
      }).steps,
    );
    progress(40);
    expect(tasks.snapshot().check).toEqual({ state: 'running', percent: 40 });
    finish();
    await tasks.done;
  });

  it('switches to read-only on damage (or a check that throws) and makes no backup', async () => {
    for (const check of [async () => ({ ok: false as const, reason: 'corrupt' as const, detail: 'page 7' }), () => Promise.reject(new Error('malformed'))]) {
      const { order, steps: given } = steps({ check });
      expect(await new StartupTasks(given).done).toEqual({ check: { state: 'damaged', percent: 100 }, backup: { state: 'skipped' } });
      expect(order).toEqual(['damaged']);
    }
  });

  it('reports a failed backup with its message, and a backup not due', async () => {
    const failed = steps({ backup: () => Promise.reject(new DomainError('backups.errors.folderNotWritable', { params: { folder: 'H:\\Sicherungen' } })) });
    expect((await new StartupTasks(failed.steps).done).backup).toEqual({ state: 'failed', messageKey: 'backups.errors.folderNotWritable', params: { folder: 'H:\\Sicherungen' } });
    const crashed = steps({ backup: () => Promise.reject(new Error('ENOSPC')) });
    expect((await new StartupTasks(crashed.steps).done).backup).toEqual({ state: 'failed', messageKey: 'backups.errors.createFailed' });
    const notDue = steps({ backup: async () => null });
    expect((await new StartupTasks(notDue.steps).done).backup).toEqual({ state: 'not-due' });
  });

  it('needs no check when the file was checked at open, and makes no backup of a file no longer ready', async () => {
    const { order, steps: given } = steps({ check: null, isReady: () => false });
    expect(await new StartupTasks(given).done).toEqual({ check: { state: 'not-needed', percent: 100 }, backup: { state: 'skipped' } });
    expect(order).toEqual([]);
  });
});
