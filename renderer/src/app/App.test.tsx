import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dataFolderIn, type FolderState } from '../../../test-support/data-folder-states';
import { realApi } from '../../../test-support/real-api';
import type { Api } from '../api/api';
import type { CallError } from '../../../contract';
import { axeViolations } from '../test/axe';
import { App } from './App';

/** A real core with one edition and one field of action; settings as given. */
async function readyApi(settings: { language?: 'de' | 'en' } = {}) {
  const api = await realApi();
  const edition = await api.must('editions.create', { title: 'Zusammenleben in Vielfalt', periodFrom: 2022, periodTo: 2024 });
  await api.must('fieldsOfAction.create', { editionId: edition.id, name: 'Deutsch als Sprache', shortCode: 'DS' });
  if (settings.language) await api.must('settings.update', { language: settings.language });
  return api;
}

/**
 * The transport failing before any core answers (main side gone, browser-mode secret missing):
 * nothing the core could say, so this one Api answers every call with the failure.
 */
const unreachable = (error: Pick<CallError, 'code' | 'messageKey'>): Api => ({
  call: vi.fn(async () => ({ ok: false as const, error: { ...error, fields: [] } })) as unknown as Api['call'],
});

describe('start of the app', () => {
  it.each([
    ['corrupt', 'Die Datendatei ist beschädigt.', 'Stellen Sie die letzte Sicherung der Datendatei wieder her.'],
    ['newer-version', 'von einer neueren Version der Leitbild-Werkstatt geschrieben', 'Installieren Sie die neueste Version der Leitbild-Werkstatt'],
    ['foreign-file', 'keine Datenbank der Leitbild-Werkstatt', 'Prüfen Sie, ob an diesem Ort die richtige Datei liegt.'],
    ['io-error', 'Lese- oder Schreibfehler', 'ob das Netzlaufwerk oder der USB-Stick verbunden ist'],
  ] as const)('explains a refused database (%s) instead of showing the app', async (state, what, todo) => {
    const api = await realApi({ dataDir: await dataFolderIn(state as FolderState) });
    const { database } = await api.status();
    expect(database).toMatchObject({ state: 'refused', reason: state });
    const { container } = render(<App api={api} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Die Datendatei wurde nicht geöffnet' })).toBeInTheDocument();
    const alert = within(screen.getByRole('main')).getByRole('alert');
    expect(alert).toHaveTextContent(what);
    expect(alert).toHaveTextContent('Die Leitbild-Werkstatt hat die Datei nicht verändert.');
    expect(screen.getByText(database.path)).toBeInTheDocument();
    expect(screen.getByText(todo, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/Wenden Sie sich an Ihren IT-Support/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(api.callsOf('settings.get')).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when the main side cannot be reached, with a way to reload', async () => {
    const onReload = vi.fn();
    render(<App api={unreachable({ code: 'unavailable', messageKey: 'errors.network' })} onReload={onReload} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Die Leitbild-Werkstatt ist nicht erreichbar' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('asks for the full address when the browser-mode secret is missing (reloading would not help)', async () => {
    const { container } = render(<App api={unreachable({ code: 'unavailable', messageKey: 'errors.forbidden' })} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bitte öffnen Sie die vollständige Adresse' })).toBeInTheDocument();
    expect(screen.getByText(/endet mit „\?secret=…“/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Neu laden' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('applies the stored language at start', async () => {
    render(<App api={await readyApi({ language: 'en' })} />);
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Leitbild-Werkstatt' })).toBeInTheDocument();
  });
});

describe('app frame', () => {
  it('has a named navigation, a skip link, a main landmark and one h1 per screen', async () => {
    const user = userEvent.setup();
    const { container } = render(<App api={await readyApi()} />);
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByText('Leitbild-Werkstatt')).toBeInTheDocument();
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Start',
      'Leitbild & Maßnahmen',
      'Sitzungen',
      'Kontakte',
      'Dokumente',
      'Einstellungen',
      'Hilfe',
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

  it('"Menü" (narrow windows) opens the navigation, a choice or Esc folds it again', async () => {
    const user = userEvent.setup();
    render(<App api={await readyApi()} />);
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    const toggle = within(nav).getByRole('button', { name: 'Menü' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', 'nav-list');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveClass('nav--open');
    await user.click(within(nav).getByRole('link', { name: 'Hilfe' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hilfe' })).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    within(nav).getByRole('link', { name: 'Kontakte' }).focus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('routes by hash, marks the current entry and focuses the new heading', async () => {
    const user = userEvent.setup();
    render(<App api={await readyApi()} />);
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
    render(<App api={await readyApi()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
  });

  it('leads section and unknown addresses to a real screen', async () => {
    window.history.replaceState(null, '', '#/leitbild');
    render(<App api={await readyApi()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/leitbild/massnahmen');

    act(() => {
      window.location.hash = '#/gibt-es-nicht';
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/start'));
  });
});
