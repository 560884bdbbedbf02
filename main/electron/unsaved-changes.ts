import type { BrowserWindow, Dialog } from 'electron';
import type { MenuLabels } from './menu';

type GuardedWindow = Pick<BrowserWindow, 'isDestroyed'> & {
  readonly webContents: Pick<BrowserWindow['webContents'], 'on'>;
};

export interface UnsavedChangesOptions {
  readonly dialog: Pick<Dialog, 'showMessageBoxSync'>;
  readonly labels: () => MenuLabels;
}

/**
 * Closing the window or reloading while a form has unsaved changes: the renderer's `beforeunload`
 * handler refuses the unload (see renderer/src/app/unsaved-changes.tsx), Electron then emits
 * 'will-prevent-unload' here instead of showing anything. The native question "Ungespeicherte
 * Änderungen verwerfen?" decides: "Verwerfen" lets the close or reload go on (preventDefault on this
 * event ignores the renderer's refusal), "Zurück zur Anwendung" keeps the window and the typed text.
 */
export function askBeforeDiscardingChanges(window: GuardedWindow, { dialog, labels }: UnsavedChangesOptions): void {
  window.webContents.on('will-prevent-unload', (event: { preventDefault(): void }) => {
    if (window.isDestroyed()) return;
    const text = labels();
    const response = dialog.showMessageBoxSync(window as BrowserWindow, {
      type: 'warning',
      title: text.unsavedTitle,
      message: text.unsavedMessage,
      detail: text.unsavedDetail,
      buttons: [text.unsavedDiscard, text.unsavedStay],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (response === 0) event.preventDefault();
  });
}
