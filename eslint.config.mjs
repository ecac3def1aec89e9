import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

/** One no-restricted-imports rule per layer: project folders it must not reach, packages it must not load. */
function layers(list) {
  return list.map(({ files, outside, also = [], packages = [], why }) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...outside.flatMap((d) => [`**/${d}`, `**/${d}/**`]), ...also], message: why },
            ...(packages.length ? [{ group: packages, message: why }] : []),
          ],
        },
      ],
    },
  }));
}

export default [
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'out/**', 'coverage/**', 'test-artifacts/**', '*.config.js', 'webpack.config.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      // Office.js habits (Microsoft's performance guidance): no sync in a loop, load before read.
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/no-empty-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  // The layers (docs/where-to-change-what.md): the pure core imports nothing outside itself; the .xlsx library
  // (src/xlsx/) only the core; hosts never the UI or a front door; the UI a host only through its interface.
  ...layers([
    {
      files: ['src/core/**'],
      outside: ['xlsx', 'hosts', 'ui', 'taskpane', 'web', 'cli', 'commands'],
      packages: ['exceljs', 'fflate', '@e965/xlsx', 'react', 'react-dom', '@fluentui/*', 'fs', 'path', 'node:*', 'office-js'],
      why: 'src/core is pure: it imports nothing outside src/core (no host, UI, file system, Office or exceljs).',
    },
    {
      files: ['src/xlsx/**'],
      outside: ['hosts', 'ui', 'taskpane', 'web', 'cli', 'commands'],
      packages: ['react', 'react-dom', '@fluentui/*'],
      why: 'src/xlsx is a library: it imports only src/core.',
    },
    {
      files: ['src/hosts/**'],
      outside: ['ui', 'taskpane', 'web', 'cli', 'commands'],
      packages: ['react', 'react-dom', '@fluentui/*'],
      why: 'A host moves data in and out; it never imports the UI or a front door.',
    },
    {
      files: ['src/ui/**'],
      outside: ['xlsx', 'taskpane', 'web', 'cli', 'commands'],
      also: ['**/hosts/office', '**/hosts/office/**', '**/hosts/file', '**/hosts/file/**'],
      why: 'The UI knows a host only by its interface (src/hosts/host.ts); the front door hands it one.',
    },
  ]),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
