// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * User text is rendered only as text: a script smuggled into a note must never
 * run, because a script in the webview can call every bound Go method.
 */
const bannedProperties = [
  { property: 'innerHTML', message: 'innerHTML is banned.' },
  { property: 'outerHTML', message: 'outerHTML is banned.' },
  { property: 'insertAdjacentHTML', message: 'insertAdjacentHTML is banned.' },
  { object: 'window', property: 'eval', message: 'eval is banned.' },
  { object: 'globalThis', property: 'eval', message: 'eval is banned.' },
];

const noHtmlInjection = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
      message: 'Render user text as text; dangerouslySetInnerHTML is banned.',
    },
    {
      selector: "Property[key.name='dangerouslySetInnerHTML']",
      message: 'Render user text as text; dangerouslySetInnerHTML is banned.',
    },
    {
      selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
      message: 'Use textContent or React; innerHTML/outerHTML are banned.',
    },
    {
      selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
      message: 'insertAdjacentHTML is banned.',
    },
    {
      selector: "NewExpression[callee.name='Function']",
      message: 'new Function is eval; it is banned.',
    },
    {
      selector: "CallExpression[callee.name='Function']",
      message: 'Function() is eval; it is banned.',
    },
  ],
  'no-restricted-properties': ['error', ...bannedProperties],
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-script-url': 'error',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'wailsjs', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...noHtmlInjection,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Components reach Go only through src/api.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'go', message: 'Call Go through src/api.' }],
      'no-restricted-properties': [
        'error',
        ...bannedProperties,
        { object: 'window', property: 'go', message: 'Call Go through src/api.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/wailsjs/**'], message: 'Call Go through src/api.' }] },
      ],
    },
  },
  {
    files: ['*.config.{ts,js}', 'e2e/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
