import { readFileSync } from "fs";
import * as path from "path";

/** The scripts a built page loads at start: its <script src> tags, our own only (office.js is Office's). */
export function startupScripts(dir: string, page: string): string[] {
  const html = readFileSync(path.join(dir, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src));
}
