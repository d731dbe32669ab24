import { Framework, IndicatorDef, ItemDef, ToolDef, ToolId } from "./types";

export * from "./types";
export {
  bandNotes,
  builtInFramework,
  builtInFrameworks,
  frameworkYears,
  getFramework,
  latestFramework,
  loadFrameworkFile,
} from "./registry";
export { FrameworkError } from "./schema";

/** Lookups a framework is always read through. */
export class FrameworkIndex {
  readonly item = new Map<string, ItemDef>();
  readonly indicator = new Map<number, IndicatorDef>();
  readonly tool = new Map<ToolId, ToolDef>();
  readonly itemsOf = new Map<number, ItemDef[]>();
  readonly indicatorsOf = new Map<ToolId, IndicatorDef[]>();
  /** Position of each item in the framework, for stable ordering. */
  readonly order = new Map<string, number>();

  constructor(readonly framework: Framework) {
    framework.tools.forEach((t) => {
      this.tool.set(t.id, t);
      this.indicatorsOf.set(t.id, []);
    });
    for (const d of framework.indicators) {
      this.indicator.set(d.number, d);
      this.indicatorsOf.get(d.tool)!.push(d);
      this.itemsOf.set(d.number, []);
    }
    framework.items.forEach((it, i) => {
      this.item.set(it.code, it);
      this.itemsOf.get(it.indicator)!.push(it);
      this.order.set(it.code, i);
    });
  }

  toolOf(code: string): ToolDef {
    return this.tool.get(this.indicator.get(this.item.get(code)!.indicator)!.tool)!;
  }

  /** Is the item one of a website audit's (scored 0/50/100), rather than a survey's? */
  isDisclosure(code: string): boolean {
    return this.toolOf(code).kind === "disclosure";
  }

  /** Does a trigger's selector ("e9", "#procurement", "#disclosure") choose this item? */
  selects(selector: string, code: string): boolean {
    if (!selector.startsWith("#")) return selector === code;
    const tag = selector.slice(1);
    return this.item.get(code)!.subjects.includes(tag) || this.toolOf(code).kind === tag;
  }
}
