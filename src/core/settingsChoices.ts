import { frameworkYears, latestFramework } from "./framework";
import type { Lang } from "./i18n/messages";
import { SettingsChoices, roleInfos } from "./settings";

/** The roles of the latest framework (every built-in year shares them) and the years built in. */
export function settingsChoices(lang: Lang): SettingsChoices {
  return { roles: roleInfos(latestFramework(), lang), years: frameworkYears() };
}
