import { describe, expect, it } from 'vitest';
import { mustCall, startTestCore } from '../../../test-support/core';

describe('organisations: renamed', () => {
  it('the contact search finds its people under the new name, no longer under the old one', async () => {
    const core = await startTestCore();
    const org = await mustCall(core, 'organizations.create', { name: 'Alphaverein Harburg', kind: 'verein' });
    await mustCall(core, 'contacts.create', { firstName: 'Anna', lastName: 'Schmidt', organizationIds: [org.id] });
    expect((await mustCall(core, 'contacts.list', { text: 'Alphaverein' })).total).toBe(1);
    await mustCall(core, 'organizations.update', { id: org.id, name: 'Zetabund Harburg', kind: 'verein', street: '', postalCode: '', city: '' });
    expect((await mustCall(core, 'contacts.list', { text: 'Zetabund' })).total).toBe(1);
    expect((await mustCall(core, 'contacts.list', { text: 'Alphaverein' })).total).toBe(0);
  });
});
