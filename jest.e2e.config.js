/** End-to-end tests in real Chromium against the production build: `npm run test:e2e`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/tests/e2e/globalSetup.ts",
  testTimeout: 120000,
  maxWorkers: 1,
};
