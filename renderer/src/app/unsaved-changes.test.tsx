import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { seedLeitbild } from '../../../test-support/builders/leitbild';
import { addMeeting, dayFromToday, seedMeetingWorld } from '../../../test-support/builders/meetings';
import { realApi } from '../../../test-support/real-api';
import { axeViolations } from '../test/axe';
import type { Api } from '../api/api';
import { App } from './App';
import { href, paths, toPath } from './paths';

// A real core on a shared machine: a screen with several round trips may take seconds.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

/** The whole app on a real core, showing measure ZL-01 „Sprachcafés in Stadtteilzentren“. */
async function measureShown() {
  const api = await realApi();
  await api.must('settings.update', { userName: 'Meier' });
  const { measures } = await seedLeitbild(api, {
    measures: [{ code: 'ZL-01', title: 'Sprachcafés in Stadtteilzentren', field: 0, status: 'proposed', proposedOn: '2026-03-14' }],
  });
  const id = measures[0]!.id;
  const measurePath = href(toPath(paths.measure, { id }));
  window.location.hash = measurePath;
  const user = userEvent.setup();
  render(<App api={api} />);
  const title = await screen.findByRole('textbox', { name: /^Titel/ });
  const storedTitle = async () => (await api.must('measures.get', { id })).title;
  return { api, id, user, title, measurePath, storedTitle };
}

const leaveDialog = () => screen.getByRole('dialog', { name: 'Ungespeicherte Änderungen' });
const sessionsLink = () => within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).getByRole('link', { name: 'Sitzungen' });

describe('unsaved changes on the measure form', () => {
  it('asks before another section is shown; "Abbrechen" (and Escape) stays with the text', async () => {
    const { user, title, measurePath, storedTitle } = await measureShown();
    await user.clear(title);
    await user.type(title, 'Sprachcafés im Quartier');
    await user.click(sessionsLink());

    const dialog = leaveDialog();
    expect(dialog).toHaveAccessibleDescription(/noch nicht gespeichert/);
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(within(dialog).getByRole('button', { name: 'Änderungen speichern' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Verwerfen' })).toBeInTheDocument();
    expect(await axeViolations(dialog)).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.hash).toBe(measurePath);
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Sprachcafés im Quartier');

    // Once more, left with Escape: the same.
    await user.click(sessionsLink());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.hash).toBe(measurePath);
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Sprachcafés im Quartier');
    expect(await storedTitle()).toBe('Sprachcafés in Stadtteilzentren');
  });

  it('"Änderungen speichern" saves, then shows the section', async () => {
    const { user, title, storedTitle } = await measureShown();
    await user.clear(title);
    await user.type(title, 'Sprachcafés im Quartier');
    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Änderungen speichern' }));

    await waitFor(() => expect(window.location.hash).toBe(href(paths.sessions)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    expect(await storedTitle()).toBe('Sprachcafés im Quartier');
  });

  it('"Verwerfen" shows the section and the stored value stays', async () => {
    const { user, title, storedTitle, id } = await measureShown();
    await user.clear(title);
    await user.type(title, 'Sprachcafés im Quartier');
    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Verwerfen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    expect(await storedTitle()).toBe('Sprachcafés in Stadtteilzentren');
    // Back on the measure: the stored title, no question when leaving again.
    window.location.hash = href(toPath(paths.measure, { id }));
    expect(await screen.findByRole('textbox', { name: /^Titel/ })).toHaveValue('Sprachcafés in Stadtteilzentren');
    await user.click(sessionsLink());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a refused save stays on the measure with the message at the field', async () => {
    const { user, title, measurePath, storedTitle } = await measureShown();
    await user.clear(title);
    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Änderungen speichern' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.hash).toBe(measurePath);
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveFocus());
    expect(await storedTitle()).toBe('Sprachcafés in Stadtteilzentren');
  });

  it('the back button (a hash change) asks too, and the address stays on the measure', async () => {
    const { user, title, measurePath } = await measureShown();
    await user.type(title, ' im Quartier');
    window.location.hash = href(paths.sessions);
    expect(await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' })).toBeInTheDocument();
    expect(window.location.hash).toBe(measurePath);
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Verwerfen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
  });

  it('Ctrl+S saves the form in view instead of the browser\'s "Save page"', async () => {
    const { user, title, storedTitle } = await measureShown();
    await user.clear(title);
    await user.type(title, 'Sprachcafés im Quartier');
    const notPrevented = fireEvent.keyDown(title, { key: 's', ctrlKey: true });
    expect(notPrevented).toBe(false);
    await waitFor(async () => expect(await storedTitle()).toBe('Sprachcafés im Quartier'));
    expect(await screen.findByText(/gespeichert/)).toBeInTheDocument();
    // Saved: leaving no longer asks.
    await user.click(sessionsLink());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
  });

  it('closing or reloading the window with changes is refused (beforeunload), without changes not', async () => {
    const { user, title } = await measureShown();
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await user.type(title, ' im Quartier');
    expect(unload()).toBe(true);
    fireEvent.keyDown(title, { key: 's', ctrlKey: true });
    await waitFor(() => expect(unload()).toBe(false));
  });
});

/** The whole app on a real core at `path`. */
async function appAt(path: string, api: Api) {
  window.location.hash = href(path);
  const user = userEvent.setup();
  render(<App api={api} />);
  return user;
}

describe('the other guarded forms', () => {
  it('a person: a changed name asks; "Verwerfen" keeps the stored name', async () => {
    const api = await realApi();
    const contact = await api.must('contacts.create', { firstName: 'Aylin', lastName: 'Kaya' });
    const user = await appAt(toPath(paths.contact, { id: contact.id }), api);
    const lastName = await screen.findByLabelText('Nachname');
    await user.type(lastName, '-Schulz');
    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Verwerfen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    expect((await api.must('contacts.get', { id: contact.id })).lastName).toBe('Kaya');
  });

  it('a person: a new e-mail address (a row outside useForm) counts as a change and is saved by "Änderungen speichern"', async () => {
    const api = await realApi();
    const contact = await api.must('contacts.create', { firstName: 'Aylin', lastName: 'Kaya' });
    const user = await appAt(toPath(paths.contact, { id: contact.id }), api);
    const email = (await screen.findAllByLabelText(/E-Mail/))[0]!;
    await user.type(email, 'aylin.kaya@example.org');
    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Änderungen speichern' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    expect((await api.must('contacts.get', { id: contact.id })).emails).toEqual(['aylin.kaya@example.org']);
  });

  it('a new person: "Kontakt anlegen" goes on to the person without asking (the save moves the address itself)', async () => {
    const api = await realApi();
    const user = await appAt(paths.contactNew, api);
    await user.type(await screen.findByLabelText('Nachname'), 'Rahimi');
    await user.click(screen.getByRole('button', { name: 'Kontakt anlegen' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/kontakte\/personen\/\d+$/), { timeout: 5000 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByLabelText('Nachname')).toHaveValue('Rahimi');
  });

  it('a new person with an e-mail row: "Kontakt anlegen" goes on without asking, whatever renders first', async () => {
    const api = await realApi();
    const user = await appAt(paths.contactNew, api);
    await user.type(await screen.findByLabelText('Nachname'), 'Rahimi');
    await user.type(screen.getByRole('textbox', { name: 'E-Mail-Adresse 1' }), 'l.rahimi@example.org');
    await user.click(screen.getByRole('button', { name: 'Kontakt anlegen' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/kontakte\/personen\/\d+$/), { timeout: 5000 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a person: a saved e-mail row no longer asks; another change of the rows asks again', async () => {
    const api = await realApi();
    const contact = await api.must('contacts.create', { firstName: 'Aylin', lastName: 'Kaya' });
    const user = await appAt(toPath(paths.contact, { id: contact.id }), api);
    const email = () => screen.getByRole('textbox', { name: 'E-Mail-Adresse 1' });
    const saveAndWaitFor = async (address: string) => {
      await user.click(screen.getByRole('button', { name: 'Speichern' }));
      await waitFor(async () => expect((await api.must('contacts.get', { id: contact.id })).emails).toEqual([address]));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Speichern' })).toBeEnabled());
    };
    await user.type(await screen.findByRole('textbox', { name: 'E-Mail-Adresse 1' }), 'aylin.kaya@example.org');
    await saveAndWaitFor('aylin.kaya@example.org');
    await user.clear(email());
    await user.type(email(), 'a.kaya@example.org');
    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Abbrechen' }));
    await saveAndWaitFor('a.kaya@example.org');
    await user.click(sessionsLink());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('the settings: a changed name asks; "Abbrechen" stays, Ctrl+S saves, then leaving does not ask', async () => {
    const api = await realApi();
    await api.must('settings.update', { userName: 'Meier' });
    const user = await appAt(paths.settings, api);
    const name = await screen.findByLabelText('Ihr Name');
    await user.clear(name);
    await user.type(name, 'Schulz');
    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByLabelText('Ihr Name')).toHaveValue('Schulz');
    fireEvent.keyDown(screen.getByLabelText('Ihr Name'), { key: 's', ctrlKey: true });
    expect(await screen.findByText('Gespeichert')).toBeInTheDocument();
    expect((await api.settings()).userName).toBe('Schulz');
    await user.click(sessionsLink());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
  });

  it('an edition: an added Leitlinie counts as a change; "Abbrechen" keeps it', async () => {
    const api = await realApi();
    const edition = await api.must('editions.create', { title: 'Zusammenleben in Vielfalt', periodFrom: 2022, periodTo: 2024 });
    const user = await appAt(toPath(paths.edition, { id: edition.id }), api);
    await user.click(await screen.findByRole('button', { name: 'Leitlinie hinzufügen' }));
    await user.keyboard('Begegnung ermöglichen');
    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByRole('group', { name: /Leitlinie/ })).toBeInTheDocument();
    expect(screen.getByDisplayValue('Begegnung ermöglichen')).toBeInTheDocument();
  });

  it('a meeting: a task typed but not added asks; "Änderungen speichern" adds it', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const meeting = await addMeeting(api, { title: '4. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: dayFromToday(), state: 'invited', items: [{ title: 'Begrüßung' }] });
    const user = await appAt(toPath(paths.meeting, { id: meeting.id }), api);
    const section = await screen.findByRole('region', { name: 'Aufgaben' });
    await user.type(within(section).getByLabelText('Was'), 'Raum reservieren');
    await user.type(within(section).getByLabelText(/^Wer/), 'Geschäftsstelle');
    await user.click(within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).getByRole('link', { name: 'Kontakte' }));
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(window.location.hash).toBe(href(paths.contacts)), { timeout: 5000 });
    expect((await api.must('meetings.get', { id: meeting.id })).actionItems).toMatchObject([{ title: 'Raum reservieren', assigneeName: 'Geschäftsstelle' }]);
  });

  it('leaving while a save is under way waits for its answer and then goes without asking', async () => {
    const api = await realApi();
    const { measures } = await seedLeitbild(api, {
      measures: [{ code: 'ZL-01', title: 'Sprachcafés in Stadtteilzentren', field: 0, status: 'proposed', proposedOn: '2026-03-14' }],
    });
    const id = measures[0]!.id;
    // The core's answer to the save is held back until the test lets it go.
    let release = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    const slow: Api = {
      call: (async (name: string, input: unknown) => {
        const result = await (api.call as (n: string, i: unknown) => Promise<unknown>)(name, input);
        if (name === 'measures.update') await answered;
        return result;
      }) as Api['call'],
    };
    const user = await appAt(toPath(paths.measure, { id }), slow);
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await user.clear(title);
    await user.type(title, 'Sprachcafés im Quartier');
    fireEvent.submit(title.closest('form')!);
    await user.click(sessionsLink());
    // Still on the measure, nothing asked: the save decides.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.hash).toBe(href(toPath(paths.measure, { id })));
    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await api.must('measures.get', { id })).title).toBe('Sprachcafés im Quartier');
  });
});
