import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../api/api-context';
import { axeViolations } from '../test/axe';
import { fail, fakeApi } from '../test/fake-api';
import { backupHandlers, overviewWith, sampleBackups } from '../screens/settings/backup-fixtures';
import { DatabaseRefusedScreen } from './DatabaseRefusedScreen';

const DIFFERENCES = 'zusätzlicher Trigger „contact_leak“; zusätzliche Tabelle „leak“';

function setup(restoreFails = false) {
  const api = fakeApi({
    ...backupHandlers(overviewWith(sampleBackups)).handlers,
    ...(restoreFails
      ? {
          'backups.restore': () =>
            fail({
              messageKey: 'backups.errors.refused.foreign-schema',
              params: { differences: DIFFERENCES, differencesEn: 'extra trigger “contact_leak”' },
              fields: [{ field: 'fileName', messageKey: 'backups.errors.refused.foreign-schema' }],
            }),
        }
      : {}),
  });
  const reload = vi.fn();
  const rendered = render(
    <ApiProvider api={api}>
      <DatabaseRefusedScreen
        database={{ state: 'refused', reason: 'foreign-schema', path: '/daten/leitbild-werkstatt.sqlite', detail: DIFFERENCES }}
        appVersion="0.1.0"
        onReload={reload}
      />
    </ApiProvider>,
  );
  return { reload, user: userEvent.setup(), ...rendered };
}

describe('refused data file with objects we did not write', () => {
  it('says why, offers the newest backup first and lists the differences for IT', async () => {
    const { container } = setup();
    expect(screen.getByRole('alert')).toHaveTextContent('enthält aber Tabellen, Trigger oder Sichten, die die Leitbild-Werkstatt nicht angelegt hat');
    expect(await screen.findByRole('region', { name: 'Neueste Sicherung wiederherstellen' })).toBeInTheDocument();
    expect(screen.getByText(/Lassen Sie vom IT-Support prüfen, wer die Datei verändert hat/)).toBeInTheDocument();
    expect(screen.getByText(DIFFERENCES)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a refused restore with the differences named, without reloading', async () => {
    const { reload, user } = setup(true);
    await user.click(await screen.findByRole('button', { name: 'Neueste Sicherung wiederherstellen' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(`(${DIFFERENCES}), und wurde nicht übernommen.`);
    expect(reload).not.toHaveBeenCalled();
  });
});
