/** Electron entry, bundled to `dist/main/main.cjs` by `scripts/build-electron.mjs`. */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { consoleLogger } from '../services/logger';
import { runElectronApp } from './electron-app';
import { resolveAppPaths } from './paths';

void runElectronApp(
  { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell },
  { paths: resolveAppPaths(__dirname), logger: consoleLogger },
);
