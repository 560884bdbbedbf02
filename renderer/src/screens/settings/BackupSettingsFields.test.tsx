import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { folderFiles } from '../../../../test-support/data-folder-states';
import { realApi } from '../../../../test-support/real-api';
import { renderScreen } from '../../test/render';
import { SettingsScreen } from './SettingsScreen';

/** The settings screen on a real core; `folder` is the default backup folder. */
async function setup() {
  const api = await realApi();
  const user = userEvent.setup();
  renderScreen(<SettingsScreen />, { api, settings: await api.settings(), status: await api.status() });
  return { api, user, folder: api.core.backups.folder() };
}

const save = () => screen.getByRole('button', { name: 'Speichern' });
/** Typing into the screen's one long form takes a few seconds on a busy machine. */
const SLOW = 20_000;

describe('Einstellungen – Datensicherung: Ordner und Aufbewahrung (saved with the one „Speichern“)', () => {
  it('shows the default folder as an empty field and names it in the hint', async () => {
    const { folder: defaultFolder } = await setup();
    const folder = await screen.findByLabelText('Sicherungsordner');
    expect(folder).toHaveValue('');
    expect(folder).toHaveAccessibleDescription(expect.stringContaining(`Leer lassen für den Standardordner „${defaultFolder}“.`));
    expect(folder).toHaveAccessibleDescription(expect.stringContaining('„H:\\Sicherungen\\Leitbild“'));
    expect(screen.getByLabelText('Tägliche Sicherungen behalten')).toHaveValue(7);
    expect(screen.getByLabelText('Wöchentliche Sicherungen behalten')).toHaveValue(4);
  }, SLOW);

  it('shows refusals at the field and saves valid settings', async () => {
    const { api, user } = await setup();
    const elsewhere = folderFiles.newFolderPath('Leitbild');
    const folder = await screen.findByLabelText('Sicherungsordner');
    await user.type(folder, 'Sicherungen');
    await user.click(save());
    await waitFor(() => expect(folder).toHaveAttribute('aria-invalid', 'true'));
    expect(folder).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie einen vollständigen Ordnerpfad an'));
    await waitFor(() => expect(folder).toHaveFocus());

    await user.clear(folder);
    await user.type(folder, elsewhere);
    const daily = screen.getByLabelText('Tägliche Sicherungen behalten');
    await user.clear(daily);
    await user.type(daily, '61');
    await user.click(save());
    await waitFor(() => expect(daily).toHaveAttribute('aria-invalid', 'true'));
    expect(daily).toHaveAccessibleDescription(expect.stringContaining('Der Wert darf höchstens 60 sein.'));
    expect(folder).not.toHaveAttribute('aria-invalid');

    await user.clear(daily);
    await user.type(daily, '14');
    await user.click(save());
    expect(await screen.findByText('Gespeichert')).toBeInTheDocument();
    expect(await api.must('backups.overview', {})).toMatchObject({ folder: elsewhere, keepDaily: 14, keepWeekly: 4, keepManualMonths: 0 });
    expect(folderFiles.isFolder(elsewhere)).toBe(true);
    expect(screen.getByText(elsewhere, { selector: 'code' })).toBeInTheDocument();
  }, SLOW);

  it('asks for whole numbers before calling the main side', async () => {
    const { api, user } = await setup();
    const weekly = await screen.findByLabelText('Wöchentliche Sicherungen behalten');
    await user.clear(weekly);
    await user.click(save());
    await waitFor(() => expect(weekly).toHaveAttribute('aria-invalid', 'true'));
    expect(weekly).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie eine ganze Zahl ein.'));
    expect(api.callsOf('settings.save')).toEqual([]);
    expect(await api.must('backups.overview', {})).toMatchObject({ keepWeekly: 4 });
  }, SLOW);

  it('sets how many months manual backups are kept (0 = until deleted by hand)', async () => {
    const { api, user } = await setup();
    const months = await screen.findByLabelText('Manuelle Sicherungen behalten (Monate)');
    expect(months).toHaveValue(0);
    expect(months).toHaveAccessibleDescription(expect.stringContaining('0 = bis Sie sie selbst löschen'));
    await user.clear(months);
    await user.type(months, '6');
    await user.click(save());
    expect(await screen.findByText('Gespeichert')).toBeInTheDocument();
    expect(await api.must('backups.overview', {})).toMatchObject({ keepManualMonths: 6 });
  }, SLOW);
});
