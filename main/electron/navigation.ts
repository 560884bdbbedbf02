import type { App, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';
import { isVettedExternalUrl, type OpenExternal } from './external-links';

interface PreventableEvent {
  preventDefault(): void;
}

/**
 * Locks one `webContents` to the app: navigations and redirects may only stay on
 * `app://leitbild/`, new windows are always denied (vetted links go to the OS instead),
 * and `<webview>` is never attached.
 */
export function guardWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event: PreventableEvent, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event: PreventableEvent, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: PreventableEvent) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

/** Applies `guardWebContents` to every web contents the app ever creates. Before `ready`. */
export function installNavigationGuards(app: Pick<App, 'on'>, openExternal: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
}
