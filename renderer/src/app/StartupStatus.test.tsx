import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StartupTasksDto, SystemStatus } from '../../../contract';
import type { Api } from '../api/api';
import { ApiProvider } from '../api/api-context';
import { applyLanguage } from '../i18n/i18n';
import { axeViolations } from '../test/axe';
import { defaultSettings, readyStatus } from '../test/shell-defaults';
import { AppDataProvider, useAppData } from './app-data';
import { StartupStatus } from './StartupStatus';

const running = (percent: number): StartupTasksDto => ({ check: { state: 'running', percent }, backup: { state: 'waiting' } });
const backingUp: StartupTasksDto = { check: { state: 'passed', percent: 100 }, backup: { state: 'running' } };
const finished: StartupTasksDto = { check: { state: 'passed', percent: 100 }, backup: { state: 'created' } };
const backupFailed: StartupTasksDto = {
  check: { state: 'passed', percent: 100 },
  backup: { state: 'failed', messageKey: 'backups.errors.folderNotWritable', params: { folder: 'H:\\Sicherungen' } },
};
const readOnlyStatus: SystemStatus = { ...readyStatus, database: { state: 'read-only', path: '/x/leitbild.sqlite', schemaVersion: 8, detail: 'quick_check' } };

/** An Api whose `system.startupTasks` answers the given states one after the other (the last one stays). */
function scriptedApi(states: readonly StartupTasksDto[]) {
  const queue = [...states];
  const call = vi.fn(async (name: string) => {
    if (name === 'system.startupTasks') return { ok: true as const, data: queue.length > 1 ? queue.shift()! : queue[0]! };
    if (name === 'system.status') return { ok: true as const, data: readOnlyStatus };
    return { ok: false as const, error: { code: 'unknown-call', messageKey: 'errors.unknownCall', fields: [] } };
  });
  return { call: call as unknown as Api['call'], spy: call };
}

function DatabaseState() {
  return <p data-testid="state">{useAppData().status.database.state}</p>;
}

function renderStatus(api: Api) {
  return render(
    <ApiProvider api={api}>
      <AppDataProvider status={readyStatus} settings={defaultSettings}>
        <DatabaseState />
        <StartupStatus />
      </AppDataProvider>
    </ApiProvider>,
  );
}

const nextPoll = () => act(() => vi.advanceTimersByTimeAsync(700));

describe('the status bar after start', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(async () => {
    vi.useRealTimers();
    await applyLanguage('de');
  });

  it('shows the check with its progress, then the backup, then nothing', async () => {
    const api = scriptedApi([running(0), running(40), backingUp, finished]);
    const { container } = renderStatus(api);
    expect(await screen.findByRole('status')).toHaveTextContent('Datenbank wird geprüft … 0 %');
    await nextPoll();
    expect(screen.getByRole('status')).toHaveTextContent('Datenbank wird geprüft … 40 %');
    expect(screen.getByRole('status')).toHaveTextContent('Änderungen werden gespeichert, sobald die Prüfung fertig ist.');
    expect(await axeViolations(container)).toEqual([]);
    await nextPoll();
    expect(screen.getByRole('status')).toHaveTextContent('Sicherung wird erstellt …');
    await nextPoll();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    // Done: no more asking.
    const asked = api.spy.mock.calls.length;
    await nextPoll();
    expect(api.spy.mock.calls.length).toBe(asked);
  });

  it('says in German when the daily backup failed, why, and what to do; it can be hidden', async () => {
    renderStatus(scriptedApi([backupFailed]));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die tägliche Sicherung konnte nicht erstellt werden.');
    expect(alert).toHaveTextContent('In den Ordner „H:\\Sicherungen“ kann nicht geschrieben werden.');
    expect(alert).toHaveTextContent('Ihre Arbeit wird trotzdem gespeichert.');
    await userEvent.click(screen.getByRole('button', { name: 'Ausblenden' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('switches the app to read-only when the check finds damage', async () => {
    renderStatus(scriptedApi([running(10), { check: { state: 'damaged', percent: 100 }, backup: { state: 'skipped' } }]));
    expect(await screen.findByRole('status')).toHaveTextContent('10 %');
    await nextPoll();
    expect(await screen.findByText('read-only')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('speaks English when the settings say so', async () => {
    await applyLanguage('en');
    const { unmount } = renderStatus(scriptedApi([running(40)]));
    expect(await screen.findByRole('status')).toHaveTextContent('Checking the database … 40 %');
    unmount(); // before the next poll
  });
});

describe('the window before the data file is open', () => {
  it('shows the app frame and "Datenbank wird geprüft …" while the first call waits for the core', async () => {
    const { App } = await import('./App');
    const waiting: Api = { call: vi.fn(() => new Promise(() => undefined)) as unknown as Api['call'] };
    const { container } = render(<App api={waiting} />);
    expect(screen.getByText('Datenbank wird geprüft …')).toHaveAttribute('role', 'status');
    expect(within(screen.getByRole('main')).getByText('Datenbank wird geprüft …')).toBeInTheDocument();
    expect(screen.getByText('Leitbild-Werkstatt')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
