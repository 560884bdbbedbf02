import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DatabaseRefusal, SystemStatus } from '../../../contract';
import { axeViolations } from '../test/axe';
import { defaultSettings, fail, fakeApi, fieldsOfActionHandlers, ok, readyStatus } from '../test/fake-api';
import { App } from './App';

const refusedStatus = (reason: DatabaseRefusal): SystemStatus => ({
  appVersion: '0.1.0',
  transport: 'electron',
  database: { state: 'refused', reason, path: 'C:\\Users\\meier\\Leitbild-Werkstatt\\leitbild.sqlite', detail: 'user_version 7 > 1' },
});

function readyApi(settings = defaultSettings) {
  return fakeApi({
    'system.status': () => ok(readyStatus),
    'settings.get': () => ok(settings),
    ...fieldsOfActionHandlers(['Deutsch als Sprache']).handlers,
  });
}

describe('start of the app', () => {
  it.each([
    ['corrupt', 'Die Datendatei ist beschädigt.', 'Stellen Sie die letzte Sicherung der Datendatei wieder her.'],
    ['newer-version', 'von einer neueren Version der Leitbild-Werkstatt geschrieben', 'Installieren Sie die neueste Version der Leitbild-Werkstatt'],
    ['foreign-file', 'keine Datenbank der Leitbild-Werkstatt', 'Prüfen Sie, ob an diesem Ort die richtige Datei liegt.'],
    ['unreadable', 'Die Datendatei ist nicht lesbar.', 'Prüfen Sie, ob das Netzlaufwerk verbunden ist'],
  ] as const)('explains a refused database (%s) instead of showing the app', async (reason, what, todo) => {
    const api = fakeApi({ 'system.status': () => ok(refusedStatus(reason)) });
    const { container } = render(<App api={api} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Die Datendatei wurde nicht geöffnet' })).toBeInTheDocument();
    const alert = within(screen.getByRole('main')).getByRole('alert');
    expect(alert).toHaveTextContent(what);
    expect(alert).toHaveTextContent('Die Leitbild-Werkstatt hat die Datei nicht verändert.');
    expect(screen.getByText('C:\\Users\\meier\\Leitbild-Werkstatt\\leitbild.sqlite')).toBeInTheDocument();
    expect(screen.getByText(todo, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/Wenden Sie sich an Ihren IT-Support/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(api.callsOf('settings.get')).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when the main side cannot be reached, with a way to reload', async () => {
    const onReload = vi.fn();
    const api = fakeApi({ 'system.status': () => fail({ code: 'unavailable', messageKey: 'errors.network' }) });
    render(<App api={api} onReload={onReload} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Die Leitbild-Werkstatt ist nicht erreichbar' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('asks for the full address when the browser-mode secret is missing (reloading would not help)', async () => {
    const api = fakeApi({ 'system.status': () => fail({ code: 'unavailable', messageKey: 'errors.forbidden' }) });
    const { container } = render(<App api={api} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bitte öffnen Sie die vollständige Adresse' })).toBeInTheDocument();
    expect(screen.getByText(/endet mit „\?secret=…“/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Neu laden' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('applies the stored language at start', async () => {
    render(<App api={readyApi({ ...defaultSettings, language: 'en' })} />);
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Leitbild-Werkstatt' })).toBeInTheDocument();
  });
});

describe('app frame', () => {
  it('has a named navigation, a skip link, a main landmark and one h1 per screen', async () => {
    const user = userEvent.setup();
    const { container } = render(<App api={readyApi()} />);
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByText('Leitbild-Werkstatt')).toBeInTheDocument();
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Start',
      'Leitbild & Maßnahmen',
      'Sitzungen',
      'Kontakte',
      'Dokumente',
      'Einstellungen',
    ]);
    expect(within(nav).getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(window.location.hash).toBe('#/start');
    expect(await axeViolations(container)).toEqual([]);

    // Skip link: first in the tab order, moves the focus to main.
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('routes by hash, marks the current entry and focuses the new heading', async () => {
    const user = userEvent.setup();
    render(<App api={readyApi()} />);
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });

    await user.click(within(nav).getByRole('link', { name: 'Leitbild & Maßnahmen' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' });
    expect(window.location.hash).toBe('#/leitbild/massnahmen');
    expect(within(nav).getByRole('link', { name: 'Leitbild & Maßnahmen' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(heading).toHaveFocus());

    const sections = screen.getByRole('navigation', { name: 'Bereiche von Leitbild & Maßnahmen' });
    await user.click(within(sections).getByRole('link', { name: 'Handlungsfelder' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Handlungsfelder' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/leitbild/handlungsfelder');
    expect(within(nav).getByRole('link', { name: 'Leitbild & Maßnahmen' })).toHaveAttribute('aria-current', 'page');
    expect(within(screen.getByRole('navigation', { name: 'Bereiche von Leitbild & Maßnahmen' })).getByRole('link', { name: 'Handlungsfelder' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 2, name: '1 Handlungsfeld' })).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: 'Sitzungen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Neue Sitzung' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/sitzungen');

    await user.click(within(nav).getByRole('link', { name: 'Einstellungen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    expect(document.title).toBe('Einstellungen – Leitbild-Werkstatt');
  });

  it('opens the screen named in the address (a reload keeps the screen)', async () => {
    window.history.replaceState(null, '', '#/einstellungen');
    render(<App api={readyApi()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
  });

  it('leads section and unknown addresses to a real screen', async () => {
    window.history.replaceState(null, '', '#/leitbild');
    render(<App api={readyApi()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/leitbild/massnahmen');

    act(() => {
      window.location.hash = '#/gibt-es-nicht';
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/start'));
  });
});
