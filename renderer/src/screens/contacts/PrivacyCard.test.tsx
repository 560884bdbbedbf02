import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContactDto } from '../../../../contract';
import { defaultSettings, fakeApi } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { PrivacyCard } from './PrivacyCard';

const contact = { id: 3, firstName: 'Leyla', lastName: 'Rahimi' } as ContactDto;

describe('the DSGVO card of a contact', () => {
  it('says which settings the Auskunft still lacks before it is made', () => {
    renderScreen(<PrivacyCard contact={contact} onErased={() => undefined} />, { api: fakeApi({}), settings: { ...defaultSettings, officeAddress: '', dataProtectionOfficer: '' } });
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Die Auskunft ist erst vollständig, wenn diese Angaben in den Einstellungen stehen:');
    expect(note).toHaveTextContent('Die Kontaktangabe der oder des Datenschutzbeauftragten fehlt – bitte unter Einstellungen → Bezirk und Dienststelle eintragen.');
    expect(note).toHaveTextContent('Die Anschrift des Verantwortlichen fehlt');
  });

  it('shows no hint when the settings are complete', () => {
    const settings = { ...defaultSettings, officeAddress: 'Harburger Ring 33\n21073 Hamburg', dataProtectionOfficer: 'Datenschutz, Harburger Rathausplatz 1' };
    renderScreen(<PrivacyCard contact={contact} onErased={() => undefined} />, { api: fakeApi({}), settings });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
