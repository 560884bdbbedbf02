/**
 * Sandboxed preload: only `require('electron')` is available, so this file is bundled to CJS.
 * It exposes exactly one function and never the raw `ipcRenderer`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, CALL_CHANNEL, type LeitbildBridge } from './bridge-types';

const bridge: LeitbildBridge = {
  call: (name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
