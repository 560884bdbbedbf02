import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import deEditions from '../../../locales/de/editions.json';
import deContacts from '../../../locales/de/contacts.json';
import deDocuments from '../../../locales/de/documents.json';
import deHelp from '../../../locales/de/help.json';
import deMeasures from '../../../locales/de/measures.json';
import deMeetings from '../../../locales/de/meetings.json';
import { BackLink } from './BackLink';

describe('BackLink', () => {
  it('is a link to its list, named by its label alone (the arrow is hidden from screen readers)', () => {
    render(<BackLink to="/leitbild/massnahmen" label="Zurück zu den Maßnahmen" />);
    const link = screen.getByRole('link', { name: 'Zurück zu den Maßnahmen' });
    expect(link).toHaveAttribute('href', '#/leitbild/massnahmen');
    expect(link).toHaveTextContent('← Zurück zu den Maßnahmen');
  });

  it('every back label of the app says where it leads: "Zurück zu …" (issue 16 found "Alle Ausgaben" and "Zurück zur Liste")', () => {
    const labels = [
      deEditions.detail.backToList,
      deMeasures.detail.backToList,
      deContacts.detail.backToList,
      deContacts.bodies.backToList,
      deMeetings.page.backToList,
      deDocuments.backToOverview,
      deHelp.backToGuides,
    ];
    for (const label of labels) expect(label).toMatch(/^Zurück zu (den|der|dem|allen) /);
  });
});
