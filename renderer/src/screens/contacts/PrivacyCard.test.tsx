import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addContact } from '../../../../test-support/contact-data';
import { realApi } from '../../../../test-support/real-api';
import { renderScreen } from '../../test/render';
import { PrivacyCard } from './PrivacyCard';

describe('the DSGVO card of a contact', () => {
  it('says which settings the Auskunft still lacks before it is made', async () => {
    const api = await realApi();
    await api.must('settings.update', { officeAddress: '', dataProtectionOfficer: '' });
    const contact = await addContact(api, 'Rahimi', 'Leyla');
    renderScreen(<PrivacyCard contact={contact} onErased={() => undefined} />, { api, settings: await api.settings(), status: await api.status() });
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Die Auskunft ist erst vollständig, wenn diese Angaben in den Einstellungen stehen:');
    expect(note).toHaveTextContent('Die Kontaktangabe der oder des Datenschutzbeauftragten fehlt – bitte unter Einstellungen → Dokumente eintragen.');
    expect(note).toHaveTextContent('Die Anschrift des Verantwortlichen fehlt');
  });

  it('shows no hint when the settings are complete', async () => {
    const api = await realApi();
    await api.must('settings.update', { districtName: 'Bezirksamt Harburg', officeAddress: 'Harburger Ring 33\n21073 Hamburg', dataProtectionOfficer: 'Datenschutz, Harburger Rathausplatz 1' });
    const contact = await addContact(api, 'Rahimi', 'Leyla');
    renderScreen(<PrivacyCard contact={contact} onErased={() => undefined} />, { api, settings: await api.settings(), status: await api.status() });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
