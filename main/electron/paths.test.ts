import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from './paths';

describe('resolveAppPaths', () => {
  it('finds renderer, preload and icon from dist/main', () => {
    const root = path.resolve('/opt/leitbild/app');
    const paths = resolveAppPaths(path.join(root, 'dist', 'main'));
    expect(paths.rendererDir).toBe(path.join(root, 'dist', 'renderer'));
    expect(paths.preloadPath).toBe(path.join(root, 'dist', 'preload', 'preload.cjs'));
    expect(paths.iconPath).toBe(path.join(root, 'resources', 'icon.png'));
  });
});
