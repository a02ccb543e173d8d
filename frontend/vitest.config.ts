import { defineConfig } from 'vitest/config';

// Vitest 3 runs on its own Vite (7), which cannot load the Vite 8 React
// plugin; plain automatic JSX is all the unit tests need.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  // Tests may read Go sources (?raw) to check constants shared with Go.
  server: { fs: { allow: ['..'] } },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    css: false,
    // A loaded 2-core CI machine renders a tab in jsdom slower than 5 s at
    // times; the bound is a hang guard, not a speed goal.
    testTimeout: 20_000,
  },
});
