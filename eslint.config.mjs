import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

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
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
