import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { writeAtomically } from "./write";
import { parseArgs } from "util";
import { writeDocument } from "../adapters/docx/writeDocument";
import { analyseXlsx } from "../adapters/xlsx/xlsxFile";
import { Framework, FrameworkError, frameworkYears, loadFrameworkFile } from "../core/framework";
import { toFrameworkFile } from "../core/framework/serialize";
import { analysisFileName, measuresFileName } from "../core/i18n/fileNames";
import { InputError, Lang } from "../core/i18n/messages";
import type { WorkbookOptions } from "../core/analyseWorkbook";
import { jsonReport } from "../core/report/jsonReport";
import { UnitAssignment } from "../core/render/unitsSheet";
import { runBatch } from "./batch";
import { summary } from "./summary";

const USAGE = `ITA Analyzer — วิเคราะห์ผลคะแนน ITA และจัดทำแผนมาตรการ / analyse ITA scores and write the measure plan

Usage:
  ita-analyzer analyze <in.xlsx> [options]
  ita-analyzer batch <files or folders…> [--out <folder>] [--json <report.json>] [--docx] [options]
      ทุกหน่วยงานในไฟล์และโฟลเดอร์ (ชีตละหน่วยงาน ตารางเรียงข้างกัน หรือคอลัมน์ละหน่วยงาน) พร้อมไฟล์สรุปรวม /
      every agency of the files and folders (a sheet, a table or a score column each), and a roll-up workbook

Options:
  --out <file.xlsx>      ไฟล์ผลลัพธ์ / output workbook (default: <name>-analysis.xlsx beside the input);
                         batch: the folder for every agency's workbook and the roll-up (default: ita-batch)
  --docx [file.docx]     เอกสารมาตรการ (Word) / also write the measures document (default: <name>-measures.docx)
  --arabic-digits        ใช้เลขอารบิกในเอกสาร / write the document with Arabic digits (default: Thai digits)
  --json <report.json>   รายงาน JSON / also write a JSON report
  --threshold <n>        ค่าเป้าหมาย / target score (default 85)
  --fiscal-year <yyyy>   ปีงบประมาณของมาตรการ (พ.ศ.) / fiscal year of the measures, BE (default: assessment year + 1)
  --year auto|<yyyy>     ปีที่ประเมิน (พ.ศ.) / assessment year, BE (default auto: read from the workbook)
  --framework <file>     กรอบการประเมินจากไฟล์ / read the scores against this framework file (JSON)
  --save-framework <file>  บันทึกกรอบการประเมินที่ใช้ / also save the framework used (with the analyst's corrections)
  --lang th|en           ภาษา / language of the output and messages (default th)
  --thai-digits          ใช้เลขไทยในข้อความ / write numbers in generated text with Thai digits
  --fractions-as-percent อ่านค่า 0–1 เป็นร้อยละ / read scores stored as 0–1 fractions as percents (0.7868 = 78.68)
  --units <list>         หน่วยงาน / units, e.g. "budget=กองแผนงาน,hr=กองการเจ้าหน้าที่,สำนักงานเลขานุการ"
  --sheets <list>        อ่านเฉพาะชีต / read only these sheets (comma-separated)
  --agency <name|n>      ชื่อหน่วยงาน / the agency's name, written into the document; of a workbook with several
                         agencies, the one to analyse (its name or number); analyze only: batch takes every
                         agency and names each from its workbook
  -h, --help             วิธีใช้ / this help
`;

function fail(lang: Lang, e: InputError): number {
  process.stderr.write(`ita-analyzer: ${e.describe(lang)}\n`);
  return e.code.startsWith("args.") ? 2 : 1;
}

function parseUnits(list: string | undefined): UnitAssignment[] {
  if (!list) return [];
  return list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const eq = s.indexOf("=");
      return eq > 0 ? { role: s.slice(0, eq).trim(), name: s.slice(eq + 1).trim() } : { name: s };
    });
}

function numberOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new InputError("args.invalid", { detail: `--${name} ${value}` });
  return n;
}

/** "auto", or an assessment year that has a framework; any other is a bad option that names the years there are. */
function yearOption(value: string | undefined): number | "auto" | undefined {
  if (value === undefined || value.trim() === "auto") return value === undefined ? undefined : "auto";
  const known = frameworkYears();
  const n = Number(value.trim());
  if (!known.includes(n)) throw new InputError("args.year", { year: value, known: known.join(", ") });
  return n;
}

/** A framework file (JSON), checked; what is wrong with it is a bad option, said in one line. */
function frameworkOption(file: string): Framework {
  if (!existsSync(file)) throw new InputError("args.framework", { file, detail: "not found" });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError("args.framework", { file, detail: e instanceof Error ? e.message : String(e) });
  }
  try {
    return loadFrameworkFile(json, path.basename(file));
  } catch (e) {
    if (e instanceof FrameworkError) {
      const first = e.problems.slice(0, 3).join("; ");
      const more = e.problems.length > 3 ? ` (+${e.problems.length - 3})` : "";
      throw new InputError("args.framework", { file, detail: first + more });
    }
    throw e;
  }
}

interface OptionValues {
  threshold?: string;
  "fiscal-year"?: string;
  year?: string;
  framework?: string;
  "thai-digits"?: boolean;
  "arabic-digits"?: boolean;
  "fractions-as-percent"?: boolean;
  agency?: string;
  units?: string;
  sheets?: string;
}

/** The analysis options, checked: `analyze` takes them for its workbook, `batch` for every agency. */
function workbookOptions(values: OptionValues, lang: Lang): WorkbookOptions {
  return {
    threshold: numberOption(values.threshold, "threshold", 0, 100),
    fiscalYear: numberOption(values["fiscal-year"], "fiscal-year", 2500, 2700),
    year: yearOption(values.year),
    framework: values.framework === undefined ? undefined : frameworkOption(values.framework),
    lang,
    thaiDigits: values["thai-digits"] ?? false,
    documentThaiDigits: !(values["arabic-digits"] ?? false),
    fractions: values["fractions-as-percent"] ?? false,
    agency:
      values.agency === undefined ? undefined : /^\d+$/.test(values.agency) ? Number(values.agency) : values.agency,
    units: parseUnits(values.units),
    sheets: values.sheets ? values.sheets.split(",").map((s) => s.trim()) : undefined,
  };
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let lang: Lang = argv.includes("en") && argv[argv.indexOf("--lang") + 1] === "en" ? "en" : "th";
  try {
    const { docx, args } = docxOption(argv);
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        json: { type: "string" },
        threshold: { type: "string" },
        "fiscal-year": { type: "string" },
        year: { type: "string" },
        framework: { type: "string" },
        "save-framework": { type: "string" },
        lang: { type: "string" },
        "thai-digits": { type: "boolean" },
        "arabic-digits": { type: "boolean" },
        "fractions-as-percent": { type: "boolean" },
        agency: { type: "string" },
        units: { type: "string" },
        sheets: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help || positionals.length === 0) {
      process.stdout.write(USAGE);
      return values.help ? 0 : 2;
    }
    if (values.lang !== undefined && values.lang !== "th" && values.lang !== "en") {
      throw new InputError("args.invalid", { detail: `--lang ${values.lang}` });
    }
    lang = values.lang ?? "th";
    const [command, input, ...rest] = positionals;
    const options = workbookOptions(values, lang);
    if (command === "batch") {
      if (!input) throw new InputError("args.invalid", { detail: "<files or folders…>" });
      if (values["save-framework"]) throw new InputError("args.invalid", { detail: "--save-framework (analyze only)" });
      // Each agency of a batch is named and chosen from its own workbook.
      if (values.agency !== undefined) throw new InputError("args.invalid", { detail: "--agency (analyze only)" });
      return await runBatch([input, ...rest], options, {
        out: values.out ?? "ita-batch",
        json: values.json,
        docx: docx !== undefined,
        lang,
      });
    }
    if (command !== "analyze" && command !== "analyse") throw new InputError("args.invalid", { detail: command });
    if (!input || rest.length)
      throw new InputError("args.invalid", { detail: rest.length ? rest.join(" ") : "<in.xlsx>" });

    const inPath = path.resolve(input);
    if (values.out !== undefined && path.resolve(values.out) === inPath)
      throw new InputError("file.sameAsInput", { file: input });
    if (!existsSync(inPath)) throw new InputError("file.notFound", { file: input });

    // A macro-enabled workbook stays one: its output is an .xlsm, and --out must say so.
    const result = await analyseXlsx(readFileSync(inPath), path.basename(inPath), options, {}, values.out);
    const outPath = path.resolve(
      values.out ?? path.join(path.dirname(inPath), analysisFileName(inPath, result.extension)),
    );

    writeAtomically(outPath, result.output);
    const written = [outPath];
    if (docx !== undefined) {
      const docxPath = path.resolve(docx || path.join(path.dirname(outPath), measuresFileName(inPath)));
      if (docxPath === inPath || docxPath === outPath) throw new InputError("file.sameAsInput", { file: docx });
      writeAtomically(docxPath, await writeDocument(result.document));
      written.push(docxPath);
    }
    if (values.json)
      writeAtomically(path.resolve(values.json), Buffer.from(JSON.stringify(jsonReport(result, lang), null, 2) + "\n"));
    if (values["save-framework"])
      writeAtomically(
        path.resolve(values["save-framework"]),
        Buffer.from(JSON.stringify(toFrameworkFile(result.analysis.framework), null, 2) + "\n"),
      );
    process.stdout.write(
      summary(
        result,
        lang,
        written.map((f) => path.relative(process.cwd(), f)),
      ),
    );
    return 0;
  } catch (e) {
    if (e instanceof InputError) return fail(lang, e);
    if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) {
      return fail(lang, new InputError("args.invalid", { detail: e.message }));
    }
    throw e;
  }
}

/**
 * `--docx` takes an optional file: "--docx", "--docx out.docx" or "--docx=out.docx". Undefined when
 * the document is not asked for, "" for the default name.
 */
function docxOption(argv: string[]): { docx: string | undefined; args: string[] } {
  const args: string[] = [];
  let docx: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--docx=")) docx = a.slice("--docx=".length);
    else if (a !== "--docx") args.push(a);
    else if (/\.docx$/i.test(argv[i + 1] ?? "")) docx = argv[++i];
    else docx = "";
  }
  return { docx, args };
}
