import type { Lang } from "./messages";

/** The language to speak to a user whose Office or browser speaks `locale` ("th-TH" → Thai; anything else English). */
export function languageOf(locale: string | undefined): Lang {
  return locale && locale.toLowerCase().startsWith("th") ? "th" : "en";
}
