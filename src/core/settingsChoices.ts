import { frameworkYears, latestFramework } from "./framework";
import type { Lang } from "./i18n/messages";
import type { Framework } from "./framework/types";

/** An owner role as the units editor shows it. */
export interface RoleInfo {
  id: string;
  name: string;
  placeholder: string;
}

/** What the settings offer to choose from: the owner roles and the built-in assessment years. */
export interface SettingsChoices {
  roles: RoleInfo[];
  years: number[];
}

function roleInfos(framework: Framework, lang: Lang): RoleInfo[] {
  return framework.roles.map((r) => ({ id: r.id, name: r.name[lang], placeholder: r.placeholder[lang] }));
}

/** The roles of the latest framework (every built-in year shares them) and the years built in. */
export function settingsChoices(lang: Lang): SettingsChoices {
  return { roles: roleInfos(latestFramework(), lang), years: frameworkYears() };
}
