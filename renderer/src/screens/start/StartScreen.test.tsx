import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe';
import { defaultSettings, fail, fakeApi, fieldsOfActionHandlers } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { StartScreen } from './StartScreen';

describe('Start', () => {
  it('welcomes with the district, counts the fields of action and shows the database', async () => {
    const api = fakeApi(fieldsOfActionHandlers(['Deutsch als Sprache', 'Zusammenleben in Harburg', 'Arbeit']).handlers);
    const { container } = renderScreen(<StartScreen />, { api });

    expect(screen.getByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeInTheDocument();
    expect(screen.getByText('Bezirksamt Harburg')).toBeInTheDocument();
    expect(await screen.findByText('3')).toBeInTheDocument();
    expect(screen.getByText('Handlungsfelder angelegt')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Handlungsfelder öffnen' })).toHaveAttribute('href', '#/leitbild/handlungsfelder');
    expect(screen.getByText('/home/sachbearbeitung/Leitbild-Werkstatt/leitbild.sqlite')).toBeInTheDocument();
    expect(screen.getByText('Schemaversion').nextElementSibling).toHaveTextContent('1');
    expect(screen.getByRole('heading', { level: 2, name: 'So geht es weiter' })).toBeInTheDocument();
    expect(document.title).toBe('Start – Leitbild-Werkstatt');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('invites to enter the district and to create the first field', async () => {
    const api = fakeApi(fieldsOfActionHandlers([]).handlers);
    const { container } = renderScreen(<StartScreen />, { api, settings: { ...defaultSettings, districtName: '' } });
    expect(await screen.findByText('Noch keine Handlungsfelder angelegt.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Erstes Handlungsfeld anlegen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bezirk in den Einstellungen eintragen' })).toHaveAttribute('href', '#/einstellungen');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when the count cannot be loaded', async () => {
    const api = fakeApi({ 'fieldsOfAction.list': () => fail({ code: 'unavailable', messageKey: 'errors.network' }) });
    renderScreen(<StartScreen />, { api });
    expect(await screen.findByText(/Keine Verbindung zur Leitbild-Werkstatt/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
