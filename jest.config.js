/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  // jose ships ESM only; everything else in node_modules is CommonJS already.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testTimeout: 60000,
};
