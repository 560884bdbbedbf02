import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedLeitbild } from '../../../../test-support/builders/leitbild';
import { realApi } from '../../../../test-support/real-api';
import { App } from '../../app/App';
import { href, paths } from '../../app/paths';
import { spyOnDownloads } from '../../test/downloads';

// A real core on a shared machine: a screen with several round trips may take seconds.
vi.setConfig({ testTimeout: 20_000 });

let downloads: ReturnType<typeof spyOnDownloads>;

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
  downloads = spyOnDownloads();
});

afterEach(() => downloads.restore());

const WORKSHOP = { proposedOn: '2021-09-25', changedOn: '2022-01-15' } as const;

/** The whole app on a real core, showing the Antrag composer with two recommended measures. */
async function antragShown() {
  const api = await realApi();
  const { edition } = await seedLeitbild(api, {
    measures: [
      { code: 'ZL-01', title: 'Interkulturelles Nachbarschaftsfest', field: 0, status: 'recommended', ...WORKSHOP },
      { code: 'AB-01', title: 'Sprachkurse für Eltern', field: 1, status: 'recommended', ...WORKSHOP },
    ],
  });
  const antragPath = href(paths.documentsAntrag);
  window.location.hash = antragPath;
  const user = userEvent.setup();
  render(<App api={api} />);
  const sachverhalt = await screen.findByLabelText(/^Sachverhalt/);
  return { api, user, sachverhalt, antragPath, editionId: edition.id };
}

const leaveDialog = () => screen.getByRole('dialog', { name: 'Ungespeicherte Änderungen' });
const sessionsLink = () => within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).getByRole('link', { name: 'Sitzungen' });

describe('unsaved changes on the Antrag composer (issue 15)', () => {
  it('leaves an untouched Antrag without a question', async () => {
    const { user } = await antragShown();
    await user.click(sessionsLink());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks for a typed Sachverhalt; "Abbrechen" keeps it, "Verwerfen" leaves', async () => {
    const { user, sachverhalt, antragPath } = await antragShown();
    await user.type(sachverhalt, ' Ergänzt.');
    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Abbrechen' }));
    expect(window.location.hash).toBe(antragPath);
    expect((screen.getByLabelText(/^Sachverhalt/) as HTMLTextAreaElement).value).toMatch(/ Ergänzt\.$/);

    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Verwerfen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
  });

  it('asks for a changed selection; "Änderungen speichern" opens the screen\'s own save, after which leaving asks nothing', async () => {
    const { api, user, antragPath, editionId } = await antragShown();
    await user.click(within(screen.getByRole('group', { name: 'Maßnahmen im Petitum' })).getByRole('checkbox', { name: /^AB-01 / }));
    await user.click(sessionsLink());
    // Nothing to sign yet: the save is refused at the field, and the page stays.
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(screen.getByLabelText('Fraktion 1')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.hash).toBe(antragPath);

    await user.type(screen.getByLabelText('Fraktion 1'), 'SPD');
    await user.type(screen.getByLabelText(/^Vorsitz der Fraktion 1/), 'Petra Albers');
    await user.click(sessionsLink());
    await user.click(within(leaveDialog()).getByRole('button', { name: 'Änderungen speichern' }));
    const save = await screen.findByRole('dialog', { name: 'Antrag speichern' });
    expect(window.location.hash).toBe(antragPath);
    await user.click(within(save).getByRole('button', { name: 'Word-Datei speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(downloads.names).toHaveLength(1);
    expect((await api.must('documents.listMotions', { editionId })).map((motion) => motion.fraktionen)).toEqual([['SPD']]);

    // Saved: leaving asks nothing.
    await user.click(sessionsLink());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
