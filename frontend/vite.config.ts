import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The React plugin injects its Fast Refresh preamble as an inline <script>,
 * which our Content Security Policy (script-src 'self') blocks. The entry
 * imports `@vitejs/plugin-react/preamble` instead, a module served from our own
 * origin, so the inline copy is dropped here and dev runs under the same CSP as
 * the shipped app.
 */
function dropInlineReactPreamble(): Plugin {
  return {
    name: 'kamw:drop-inline-react-preamble',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<script type="module">\s*import \{ injectIntoGlobalHook \}[\s\S]*?<\/script>/,
          '',
        ),
    },
  };
}

export default defineConfig({
  plugins: [react(), dropInlineReactPreamble()],
  build: {
    // dist is emptied on each build; public/.gitkeep puts back the file that
    // keeps the folder in git, which main.go's go:embed needs to compile.
    outDir: 'dist',
    // Wails embeds frontend/dist; the assets never leave the machine, so no
    // source maps or CDN paths are needed.
    sourcemap: false,
    // One bundle read from disk, never over a network: size warnings do not apply.
    chunkSizeWarningLimit: 2000,
    target: 'es2022',
  },
  server: {
    // Wails dev proxies this server and detects its address from the output.
    host: 'localhost',
    // The glossary is Go's (internal/glossary/words.json): the translations
    // import it from there, so it exists once.
    fs: { allow: ['.', '../internal/glossary'] },
  },
});
