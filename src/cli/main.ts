import { readFileSync } from "fs";
import * as path from "path";
import { InputError, Lang } from "../core/i18n/messages";
import { OptionValues, languageOf, parseArguments } from "./options";

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
  --threshold <n>        ค่าเป้าหมาย 0–100 / target score, 0–100 (default 85)
  --fiscal-year <yyyy>   ปีงบประมาณของมาตรการ (พ.ศ.) / fiscal year of the measures, BE (default: assessment year + 1)
  --year auto|<yyyy>     ปีที่ประเมิน (พ.ศ.) / assessment year, BE (default auto: read from the workbook)
  --framework <file>     กรอบการประเมินจากไฟล์ / read the scores against this framework file (JSON)
  --save-framework <file>  บันทึกกรอบการประเมินที่ใช้ / also save the framework used (with the analyst's corrections)
  --lang th|en           ภาษา / language of the output and messages (default th)
  --thai-digits          ใช้เลขไทยในข้อความ / write numbers in generated text with Thai digits
  --fractions-as-percent อ่านค่า 0–1 เป็นร้อยละ / read scores stored as 0–1 fractions as percents (0.7868 = 78.68)
  --accept-suggestions   ใช้ค่าที่แนะนำซึ่งมีความมั่นใจสูง / use every suggested correction of high confidence
                         (the rest are decided on the output's Review sheet)
  --units <list>         หน่วยงาน / units, e.g. "budget=กองแผนงาน,hr=กองการเจ้าหน้าที่,สำนักงานเลขานุการ"
  --sheets <list>        อ่านเฉพาะชีต / read only these sheets (comma-separated)
  --agency <name|n>      ชื่อหน่วยงาน / the agency's name, written into the document; of a workbook with several
                         agencies, the one to analyse (its name or number); analyze only: batch takes every
                         agency and names each from its workbook
  --agency-short <name>  ชื่อย่อ / the agency's short name for the sentences after the cover ("สำนักงาน กสม.")
  --previous <file.xlsx> ผลการวิเคราะห์ของปีที่ผ่านมา / last year's analysed workbook: its measures, the status
                         recorded in its follow-up and each measure's result this year (a sheet and Part 4);
                         analyze only
  -h, --help             วิธีใช้ / this help
  -v, --version          รุ่นของโปรแกรม / the version

Exit codes / รหัสเมื่อจบการทำงาน:
  0  เขียนไฟล์แล้ว (อาจมีคำเตือน) / written (warnings included)
  1  อ่านไฟล์ไม่ได้ ไม่มีตารางคะแนน หรือเขียนไฟล์ไม่ได้ — ไม่มีไฟล์ใดถูกเขียนทับครึ่งทาง /
     a file cannot be read, holds no score table, or cannot be written — no file is ever half-written
  2  ตัวเลือกไม่ถูกต้อง เช่น ไฟล์ผลลัพธ์ซ้ำกับไฟล์ต้นฉบับ — ไม่มีไฟล์ใดถูกเขียน /
     a bad option, such as an output that is the input — nothing written
`;

function fail(lang: Lang, e: InputError): number {
  process.stderr.write(`ita-analyzer: ${e.describe(lang)}\n`);
  return e.code.startsWith("args.") ? 2 : 1;
}

/** The version in package.json, beside the built CLI (`build/cli` → the package's root). */
function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return `ita-analyzer ${pkg.version}\n`;
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let lang: Lang = languageOf(argv);
  try {
    const { values, positionals, docx } = parseArguments(argv);
    lang = values.lang === "en" ? "en" : "th";
    if (values.version) {
      process.stdout.write(version());
      return 0;
    }
    if (values.help || positionals.length === 0) {
      process.stdout.write(USAGE);
      return values.help ? 0 : 2;
    }
    const [command, ...inputs] = positionals;
    if (command === "batch") return await batch(inputs, values, docx, lang);
    if (command !== "analyze" && command !== "analyse") throw new InputError("args.invalid", { detail: command });
    // The work's code loads only now: --help and --version start at once.
    const [{ analyze }, { workbookOptions }, native] = await Promise.all([
      import("./analyze"),
      import("./request"),
      import("./nativeDeflate"),
    ]);
    native.useNativeDeflate();
    return await analyze(inputs, values, docx, workbookOptions(values, lang));
  } catch (e) {
    if (e instanceof InputError) return fail(lang, e);
    throw e;
  }
}

async function batch(inputs: string[], values: OptionValues, docx: string | undefined, lang: Lang): Promise<number> {
  if (!inputs.length) throw new InputError("args.invalid", { detail: "<files or folders…>" });
  if (values["save-framework"]) throw new InputError("args.invalid", { detail: "--save-framework (analyze only)" });
  // Each agency of a batch is named and chosen from its own workbook.
  if (values.agency !== undefined) throw new InputError("args.invalid", { detail: "--agency (analyze only)" });
  if (values.previous !== undefined) throw new InputError("args.invalid", { detail: "--previous (analyze only)" });
  const [{ runBatch }, { workbookOptions }, native] = await Promise.all([
    import("./batch"),
    import("./request"),
    import("./nativeDeflate"),
  ]);
  native.useNativeDeflate();
  return runBatch(inputs, workbookOptions(values, lang), {
    out: values.out ?? "ita-batch",
    json: values.json,
    docx: docx !== undefined,
    lang,
  });
}
