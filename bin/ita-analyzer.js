#!/usr/bin/env node
"use strict";
let cli;
try {
  cli = require("../build/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("build/cli/main.js")) {
    process.stderr.write(
      "ita-analyzer: ยังไม่ได้สร้างโปรแกรม กรุณารัน npm ci / not built yet: run npm ci (or npm run build:cli)\n",
    );
    process.exit(1);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 70;
  },
);
