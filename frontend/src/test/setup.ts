import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18n } from '../i18n';

/** React Flow measures nodes with ResizeObserver, which jsdom lacks. */
class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

beforeEach(async () => {
  await i18n.changeLanguage('de');
  window.location.hash = '';
});

afterEach(() => {
  cleanup();
  delete window.go;
});
