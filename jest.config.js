/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // End-to-end tests run in Chromium through their own config: npm run test:e2e.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  setupFiles: ["<rootDir>/tests/setup/dom.ts"],
  testTimeout: 60000,
  // Jest leaves a core free by default: on a 2-core machine that is one worker. The tests are CPU-bound.
  maxWorkers: "100%",
};
