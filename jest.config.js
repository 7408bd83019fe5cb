/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  // jose ships ESM only, and the OTLP trace exporter loads node:http with import(), which Jest's
  // CommonJS sandbox refuses: those are compiled; everything else in node_modules is CommonJS already.
  transformIgnorePatterns: ['/node_modules/(?!(jose|@opentelemetry/(exporter-trace-otlp-http|otlp-exporter-base))/)'],
  testTimeout: 60000,
};
