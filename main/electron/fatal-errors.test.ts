import { describe, expect, it, vi } from 'vitest';
import { reportUncaughtErrors } from './fatal-errors';
import { menuLabels } from './menu';
import { FakeEmitter } from './test-fakes';

describe('uncaught errors in the main process', () => {
  it('logs every one, shows the first once in German, reads the current logger', () => {
    const processEvents = new FakeEmitter();
    const dialog = { showErrorBox: vi.fn() };
    const early = { info: vi.fn(), error: vi.fn() };
    const fileLogger = { info: vi.fn(), error: vi.fn() };
    let logger = early;
    reportUncaughtErrors(processEvents as never, { dialog, logger: () => logger, labels: () => menuLabels('de') });
    processEvents.emit('uncaughtException', new Error('first'));
    logger = fileLogger;
    processEvents.emit('unhandledRejection', new Error('second'));
    processEvents.emit('uncaughtException', new Error('third'));
    expect(early.error).toHaveBeenCalledWith('uncaught exception in the main process', expect.any(Error));
    expect(fileLogger.error).toHaveBeenCalledTimes(2);
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Unerwarteter Fehler in der Leitbild-Werkstatt', expect.stringMatching(/Protokolldatei.*neu/));
  });

  it('a failing dialog is logged, not thrown again', () => {
    const processEvents = new FakeEmitter();
    const logger = { info: vi.fn(), error: vi.fn() };
    const dialog = { showErrorBox: vi.fn(() => { throw new Error('no display'); }) };
    reportUncaughtErrors(processEvents as never, { dialog, logger: () => logger, labels: () => menuLabels('de') });
    expect(() => processEvents.emit('uncaughtException', new Error('x'))).not.toThrow();
    expect(logger.error).toHaveBeenCalledWith('error dialog failed', expect.any(Error));
  });
});
