/** Small hand-written stand-ins for Electron objects, shared by the tests of this folder. */
import { vi } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- listeners of every Electron event
type Listener = (...args: any[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });
  once = vi.fn((event: string, listener: Listener) => this.on(event, listener));
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  has(event: string): boolean {
    return (this.listeners.get(event)?.length ?? 0) > 0;
  }
}

export class FakeEvent {
  defaultPrevented = false;
  preventDefault = vi.fn(() => {
    this.defaultPrevented = true;
  });
  constructor(extra: Record<string, unknown> = {}) {
    Object.assign(this, extra);
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  mainFrame = { url: 'app://leitbild/index.html', parent: null, processId: 4, routingId: 1 };
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
}
