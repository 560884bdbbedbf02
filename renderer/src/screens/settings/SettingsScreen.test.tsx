import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SettingsDto } from '../../../../contract';
import { HAMBURG_SUPERVISORY_AUTHORITY } from '../../../../contract/settings';
import { axeViolations } from '../../test/axe';
import { defaultSettings, fail, fakeApi, ok } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { backupHandlers } from './backup-fixtures';
import { SettingsScreen } from './SettingsScreen';

function setup(initial: SettingsDto = defaultSettings) {
  let stored = initial;
  const api = fakeApi({
    ...backupHandlers().handlers,
    'settings.get': () => ok(stored),
    'settings.update': (input) => {
      if (input.officeEmail !== undefined && input.officeEmail !== '' && !input.officeEmail.includes('@')) {
        return fail({ code: 'invalid-input', messageKey: 'errors.invalidInput', fields: [{ field: 'officeEmail', messageKey: 'validation.email' }] });
      }
      stored = { ...stored, ...Object.fromEntries(Object.entries(input).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value])) };
      return ok(stored);
    },
  });
  const user = userEvent.setup();
  return { api, user, ...renderScreen(<SettingsScreen />, { api, settings: initial }) };
}

describe('Einstellungen', () => {
  it('switches the language at once, stores it and keeps <html lang> in step', async () => {
    const { api, user, container } = setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    const select = screen.getByLabelText('Sprache der Oberfläche');
    expect(select).toHaveValue('de');

    await user.selectOptions(select, 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(api.callsOf('settings.update')).toEqual([{ language: 'en' }]);
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByLabelText('Interface language')).toHaveValue('en');
    expect(screen.getByText('The interface is now in English.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.selectOptions(screen.getByLabelText('Interface language'), 'de');
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('keeps the language when storing it fails', async () => {
    const api = fakeApi({ ...backupHandlers().handlers, 'settings.update': () => fail({ code: 'unavailable', messageKey: 'errors.network' }) });
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { api });
    await user.selectOptions(screen.getByLabelText('Sprache der Oberfläche'), 'en');
    expect(await screen.findByRole('alert')).toHaveTextContent('Keine Verbindung zur Leitbild-Werkstatt.');
    expect(screen.getByLabelText('Sprache der Oberfläche')).toHaveValue('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('saves district and office details', async () => {
    const { api, user } = setup();
    const district = screen.getByLabelText('Bezirk');
    expect(district).toHaveValue('Bezirksamt Harburg');
    await user.clear(district);
    await user.type(district, 'Bezirksamt Altona ');
    await user.type(screen.getByLabelText('Dienststelle'), 'Fachamt Sozialraummanagement');
    await user.type(screen.getByLabelText('Anschrift'), 'Platz der Republik 1{Enter}22765 Hamburg');
    await user.type(screen.getByLabelText('Telefon'), '040 42811-0');
    await user.type(screen.getByLabelText('E-Mail'), 'integration@altona.hamburg.de');
    // The DSGVO Auskunft needs the data-protection officer: an empty field says so at the field.
    const dpo = screen.getByLabelText('Datenschutzbeauftragte oder Datenschutzbeauftragter');
    expect(screen.getByText('Fehlt – ohne diese Angabe ist die Auskunft nach Art. 15 DSGVO unvollständig.')).toBeInTheDocument();
    expect(screen.getByLabelText('Aufsichtsbehörde für Beschwerden')).toHaveValue(HAMBURG_SUPERVISORY_AUTHORITY);
    await user.type(dpo, 'Datenschutzbeauftragte{Enter}datenschutz@altona.hamburg.de');
    expect(screen.queryByText('Fehlt – ohne diese Angabe ist die Auskunft nach Art. 15 DSGVO unvollständig.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));

    expect(await screen.findByText('Die Einstellungen wurden gespeichert.')).toBeInTheDocument();
    expect(api.callsOf('settings.update')).toEqual([
      {
        districtName: 'Bezirksamt Altona ',
        officeName: 'Fachamt Sozialraummanagement',
        officeAddress: 'Platz der Republik 1\n22765 Hamburg',
        officePhone: '040 42811-0',
        officeEmail: 'integration@altona.hamburg.de',
        dataProtectionOfficer: 'Datenschutzbeauftragte\ndatenschutz@altona.hamburg.de',
        supervisoryAuthority: HAMBURG_SUPERVISORY_AUTHORITY,
      },
    ]);
    // The stored (trimmed) value comes back into the form.
    await waitFor(() => expect(screen.getByLabelText('Bezirk')).toHaveValue('Bezirksamt Altona'));
  });

  it('shows an invalid e-mail address at the field', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText('E-Mail'), 'integration-at-harburg');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    const email = screen.getByLabelText('E-Mail');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie eine gültige E-Mail-Adresse ein'));
    await waitFor(() => expect(email).toHaveFocus());
  });

  it('saves the name shown as „eingetragen von“', async () => {
    const { api, user } = setup();
    const name = screen.getByLabelText('Ihr Name');
    expect(name).toHaveValue('');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Erscheint in Statusverläufen als „eingetragen von“.'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('wird der Windows-Anmeldename verwendet'));
    await user.type(name, ' Petra Meier ');
    await user.click(screen.getByRole('button', { name: 'Namen speichern' }));
    expect(await screen.findByText('Ihr Name wurde gespeichert.')).toBeInTheDocument();
    expect(api.callsOf('settings.update')).toEqual([{ userName: ' Petra Meier ' }]);
    await waitFor(() => expect(screen.getByLabelText('Ihr Name')).toHaveValue('Petra Meier'));
  });

  it('has the Datensicherung below the other settings, without accessibility problems', async () => {
    const { container } = setup();
    expect(await screen.findByRole('table', { name: /Sicherungen, die neueste zuerst/ })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Sprache',
      'Eingetragen von',
      'Bezirk und Dienststelle',
      'Anträge an die Bezirksversammlung',
      'Datensicherung',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Sicherungen',
      'Datenbank prüfen',
      'Sicherungsordner und Aufbewahrung',
      'Auf einen anderen PC übertragen',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });
});
