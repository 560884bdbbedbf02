import path from 'node:path';

export interface AppPaths {
  /** The built renderer (`index.html`, `assets/`). */
  readonly rendererDir: string;
  readonly preloadPath: string;
  readonly iconPath: string;
}

/** From the folder of the main bundle (`dist/main`) to the files beside it. */
export function resolveAppPaths(mainDir: string): AppPaths {
  return {
    rendererDir: path.resolve(mainDir, '..', 'renderer'),
    preloadPath: path.resolve(mainDir, '..', 'preload', 'preload.cjs'),
    iconPath: path.resolve(mainDir, '..', '..', 'resources', 'icon.png'),
  };
}
