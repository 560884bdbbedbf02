import { describe, expect, it } from 'vitest';
import { applyLanguage, i18n } from './i18n';
import { errorText, translateMessage } from './messages';

describe('translateMessage', () => {
  it('shows status names, not codes, for fromStatus and toStatus', () => {
    expect(translateMessage(i18n, 'measures.errors.transitionForbidden', { code: 'ZL-03', fromStatus: 'proposed', toStatus: 'adopted' })).toBe(
      'ZL-03 steht auf „Vorschlag“ und kann nicht auf „beschlossen“ gesetzt werden.',
    );
  });

  it('follows the interface language', async () => {
    await applyLanguage('en');
    expect(errorText((key, params) => translateMessage(i18n, key, params), {
      code: 'rejected',
      messageKey: 'measures.errors.transitionForbidden',
      params: { code: 'AB-02', fromStatus: 'in_review', toStatus: 'completed' },
      fields: [],
    })).toBe(`AB-02 is “${i18n.t('status.measure.in_review')}” and cannot be set to “${i18n.t('status.measure.completed')}”.`);
  });

  it('leaves other params and unknown codes as they are', () => {
    expect(translateMessage(i18n, 'measures.errors.codeTaken', { code: 'adopted' })).toContain('„adopted“');
    expect(translateMessage(i18n, 'measures.errors.transitionForbidden', { code: 'ZL-03', fromStatus: 'gibt-es-nicht', toStatus: 'in_review' })).toBe(
      'ZL-03 steht auf „gibt-es-nicht“ und kann nicht auf „in Beratung“ gesetzt werden.',
    );
  });

  it('finds a message that exists only in plural forms by its count', () => {
    expect(translateMessage(i18n, 'contacts.errors.bodyHasMeetings', { count: 1 })).toBe('Zu diesem Gremium gibt es eine Sitzung. Es kann nicht gelöscht werden, solange sie besteht.');
    expect(translateMessage(i18n, 'contacts.errors.bodyHasMeetings', { count: 4 })).toContain('gibt es 4 Sitzungen');
  });

  it('still falls back for unknown keys', () => {
    expect(translateMessage(i18n, 'validation.neu', { toStatus: 'adopted' })).toBe('Dieser Wert ist ungültig.');
  });
});
