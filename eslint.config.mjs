// ESLint as Microsoft's Office add-in templates set it up (flat config), with typescript-eslint's
// type-checked rules. Formatting is Prettier's job (npm run format:check), so eslint-config-prettier
// turns off every stylistic rule that would fight it.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  {
    ignores: [
      "build/",
      "dist/",
      "coverage/",
      "node_modules/",
      "test-artifacts/",
      "scratch/",
      "bin/",
      "*.config.js",
      "eslint.config.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      // The rules of eslint-plugin-office-addins' recommended config.
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // Rooms with one job: a source file over 500 lines, or a function over 80, is doing more than
    // one thing (blank lines and comments do not count). Tests are exempt: a table of cases is long.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "max-lines": ["error", { max: 500, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "tests/**/*.tsx"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Tests drive fakes and parse JSON reports whose shape they then assert: `any` there is the
    // assertion's subject, not a hole in the program's types.
    files: ["tests/**/*.ts", "tests/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  prettier,
);
