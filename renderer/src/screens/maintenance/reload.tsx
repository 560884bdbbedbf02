import { createContext, useContext } from 'react';

const reloadWindow = () => window.location.reload();

/**
 * How the whole app is loaded again after the data file was replaced (restore, import).
 * The window reload in the app; tests pass a spy.
 */
const ReloadContext = createContext<() => void>(reloadWindow);

export const ReloadProvider = ReloadContext.Provider;

export const useReload = (): (() => void) => useContext(ReloadContext);
