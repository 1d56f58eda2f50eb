/** Jest runs the TypeScript sources directly (babel strips types); ESM throughout. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': 'babel-jest' },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/rules/**/*.test.ts'],
  testTimeout: 30000,
};
