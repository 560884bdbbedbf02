import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { applyLanguage, initI18n } from '../i18n/i18n';

// Tests read the German interface, as users do.
initI18n('de');

afterEach(async () => {
  cleanup();
  await applyLanguage('de');
  window.history.replaceState(null, '', '/');
  document.body.querySelectorAll('[inert]').forEach((element) => element.removeAttribute('inert'));
});

// axe-core probes a canvas for icon fonts; jsdom has none and would log "not implemented".
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
