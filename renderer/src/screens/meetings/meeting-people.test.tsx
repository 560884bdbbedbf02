import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { addContact } from '../../../../test-support/contact-data';
import { realApi } from '../../../../test-support/real-api';
import type { CallInput } from '../../../../contract';
import { renderScreen } from '../../test/render';
import { PeopleDatalist } from './meeting-fields';
import { contactsNamed, PEOPLE_SUGGESTIONS, peopleNamed } from './meeting-people';

/** A name field with its suggestions, as the meeting dialogs have it. */
function NameField() {
  const [text, setText] = useState('');
  return (
    <label>
      Sitzungsleitung
      <input list="people" value={text} onChange={(event) => setText(event.target.value)} />
      <PeopleDatalist id="people" text={text} />
    </label>
  );
}

const suggestions = (container: HTMLElement) => [...container.querySelectorAll('datalist option')].map((option) => option.getAttribute('value'));

describe('name fields of meetings', () => {
  it('search the contacts on the server as the name is typed (a page of suggestions), not a list of everyone', async () => {
    const api = await realApi();
    await addContact(api, 'Demir', 'Aylin');
    await addContact(api, 'Demirci', 'Emre');
    await addContact(api, 'Schulz', 'Jana');
    const user = userEvent.setup();
    const { container } = renderScreen(<NameField />, { api });
    expect(suggestions(container)).toEqual([]);
    await user.type(screen.getByRole('combobox', { name: 'Sitzungsleitung' }), 'demi');
    await waitFor(() => expect(suggestions(container)).toEqual(['Aylin Demir', 'Emre Demirci']));
    const calls = api.callsOf('contacts.list') as CallInput<'contacts.list'>[];
    expect(calls.at(-1)).toEqual({ text: 'demi', limit: PEOPLE_SUGGESTIONS });
    expect(calls.every((call) => call.text !== '')).toBe(true);
  });

  it('link a typed name to the one contact with exactly that name, among many similar ones; namesakes stay unlinked', async () => {
    const api = await realApi();
    for (let index = 0; index < 30; index++) await addContact(api, `Müller-${index}`, 'Anna');
    const anna = await addContact(api, 'Müller', 'Anna');
    const erased = await addContact(api, 'Kaya', 'Deniz');
    await api.must('contacts.erase', { id: erased.id });
    expect((await contactsNamed(api, ' Anna Müller ')).map((contact) => contact.id)).toEqual([anna.id]);
    expect(await contactsNamed(api, 'Deniz Kaya')).toEqual([]);
    expect(await contactsNamed(api, 'Frau Schulz')).toEqual([]);
    // The same person as chair and minute-taker counts once.
    expect((await peopleNamed(api, ['Anna Müller', 'Anna Müller'])).map((contact) => contact.id)).toEqual([anna.id]);
    const twin = await addContact(api, 'Müller', 'Anna');
    expect((await contactsNamed(api, 'Anna Müller')).map((contact) => contact.id).sort()).toEqual([anna.id, twin.id].sort());
  });
});
