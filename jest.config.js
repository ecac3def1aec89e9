/** Unit and integration tests. Type-checking is `npm run typecheck`; ts-jest only transpiles here. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', esModuleInterop: true, isolatedModules: true } }],
  },
  testTimeout: 60000,
  setupFilesAfterEnv: ['<rootDir>/test/helpers/issueWordsSetup.ts'],
};
