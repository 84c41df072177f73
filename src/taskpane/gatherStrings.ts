import type { Language } from "../rubric";
import { counted } from "../report/numbers";

// "Add assessors' files…" (components/GatherSection.tsx): what the pane says, in three languages.

const EN_ROWS = { one: "LSG row", other: "LSG rows" };
const EN_FILES = { one: "file", other: "files" };

export const GATHER_STRINGS = {
  en: {
    heading: "Add assessors' files…",
    help: "Adds the sheets of the workbooks the assessors sent back to this workbook, as they came, and gathers their rows into one new table that the pane then checks and scores. Each file is read on its own, so their columns may differ. A CSV file is read but not added as a sheet.",
    include: (sheet: string) => `Include the rows of “${sheet}” (for who moved since that round)`,
    choose: "Choose files…",
    filesLabel: "Assessors' files",
    working: "Adding the files…",
    unavailable:
      "This Excel cannot add another workbook's sheets (it needs ExcelApi 1.13: Excel 2021 or Microsoft 365). Gather the files with the command line instead: npm run score -- a.xlsx b.xlsx --out all.xlsx.",
    done: (sheet: string, rows: number, files: number, current: string | null) =>
      `${counted(rows, "en", EN_ROWS)} from ${counted(files, "en", EN_FILES)}${current ? ` and “${current}”` : ""} gathered into the sheet “${sheet}”; the pane now reads it.`,
    fileLine: (file: string, rows: number, sheet: string) =>
      `${file}: ${counted(rows, "en", EN_ROWS)} (sheet “${sheet}”)`,
    refusedHeading: "Not gathered:",
    roundsHeading: "Check the rounds (rounds are never pooled):",
    noRound: (file: string, rows: number) =>
      `${file}: ${counted(rows, "en", EN_ROWS)} with no round: fill it in on the gathered sheet, then Read again`,
    quoted: (round: string) => `“${round}”`,
    spellings: (rounds: string) =>
      `${rounds} are counted as different rounds: write the round the same way on the gathered sheet, then Read again`,
    skippedHeading: "Rows not gathered (not read as LSGs):",
    skippedLine: (file: string, row: number, reason: string, text: string) =>
      `${file} row ${row}: ${reason}${text ? ` (“${text}”)` : ""}`,
    blankCopies: (file: string, rows: number) =>
      `${file}: ${counted(rows, "en", { one: "row", other: "rows" })} left blank for LSGs another file scores in the same round: left out`,
    nothing: "No rows were gathered.",
    duplicatesHeading:
      "The same LSG twice in one round — delete one of the rows on the gathered sheet, then Read again:",
    notWorkbook: "only Excel workbooks (.xlsx, .xlsm) and CSV files can be added",
    sameFile: (first: string) => `the same file as “${first}”, chosen twice: gathered once`,
    refusal: {
      UnsupportedFeature:
        "Excel on the web cannot add a workbook with charts, comments, PivotTables or slicers: add it in Excel on the desktop, or remove them first",
      RequestPayloadSizeLimitExceeded:
        "too large for Excel on the web (about 3.7 MB at most): add it in Excel on the desktop",
      other: (code: string) => `Excel could not open it as a workbook (${code})`,
    },
  },
  ru: {
    heading: "Добавить файлы оценщиков…",
    help: "Добавляет в эту книгу листы книг, которые вернули оценщики, как они есть, и собирает их строки в одну новую таблицу, которую панель затем проверяет и оценивает. Каждый файл читается отдельно, поэтому столбцы в них могут различаться. CSV-файл читается, но не добавляется листом.",
    include: (sheet: string) =>
      `Включить строки листа «${sheet}» (чтобы увидеть изменения с того раунда)`,
    choose: "Выбрать файлы…",
    filesLabel: "Файлы оценщиков",
    working: "Добавляю файлы…",
    unavailable:
      "Этот Excel не умеет добавлять листы другой книги (нужен ExcelApi 1.13: Excel 2021 или Microsoft 365). Соберите файлы в командной строке: «npm run score -- a.xlsx b.xlsx --out all.xlsx».",
    done: (sheet: string, rows: number, files: number, current: string | null) =>
      `Строк ОМСУ: ${rows} (файлов: ${files}${current ? ` и лист «${current}»` : ""}) — собраны на лист «${sheet}»; панель теперь читает его.`,
    fileLine: (file: string, rows: number, sheet: string) =>
      `${file}: строк ОМСУ — ${rows} (лист «${sheet}»)`,
    refusedHeading: "Не собраны:",
    roundsHeading: "Проверьте раунды (раунды никогда не объединяются):",
    noRound: (file: string, rows: number) =>
      `${file}: строк ОМСУ без раунда — ${rows}: укажите раунд на сводном листе и нажмите «Прочитать заново»`,
    quoted: (round: string) => `«${round}»`,
    spellings: (rounds: string) =>
      `${rounds} считаются разными раундами: запишите раунд одинаково на сводном листе и нажмите «Прочитать заново»`,
    skippedHeading: "Строки, которые не собраны (не прочитаны как ОМСУ):",
    skippedLine: (file: string, row: number, reason: string, text: string) =>
      `${file}, строка ${row}: ${reason}${text ? ` («${text}»)` : ""}`,
    blankCopies: (file: string, rows: number) =>
      `${file}: пустые строки ОМСУ, которые в том же раунде оценены в другом файле (${rows}), не собраны`,
    nothing: "Ни одной строки не собрано.",
    duplicatesHeading:
      "Один и тот же ОМСУ дважды в одном раунде — удалите одну из строк на сводном листе и нажмите «Прочитать заново»:",
    notWorkbook: "добавлять можно только книги Excel (.xlsx, .xlsm) и CSV-файлы",
    sameFile: (first: string) => `тот же файл, что и «${first}», выбран дважды: собран один раз`,
    refusal: {
      UnsupportedFeature:
        "Excel в браузере не может добавить книгу с диаграммами, примечаниями, сводными таблицами или срезами: добавьте её в настольном Excel или сначала удалите их",
      RequestPayloadSizeLimitExceeded:
        "слишком велик для Excel в браузере (не больше примерно 3,7 МБ): добавьте его в настольном Excel",
      other: (code: string) => `Excel не смог открыть его как книгу (${code})`,
    },
  },
  ky: {
    heading: "Баалоочулардын файлдарын кошуу…",
    help: "Баалоочулар кайтарган китептердин барактарын ушул китепке кандай болсо ошондой кошот жана алардын саптарын бир жаңы таблицага чогултат; панель аны андан кийин текшерип, баалайт. Ар бир файл өзүнчө окулат, ошондуктан мамычалары ар башка болушу мүмкүн. CSV файл окулат, бирок барак катары кошулбайт.",
    include: (sheet: string) =>
      `«${sheet}» барагынын саптарын кошуу (ошол раунддан бери ким өзгөргөнүн көрүү үчүн)`,
    choose: "Файлдарды тандоо…",
    filesLabel: "Баалоочулардын файлдары",
    working: "Файлдар кошулууда…",
    unavailable:
      "Бул Excel башка китептин барактарын кошо албайт (ExcelApi 1.13 керек: Excel 2021 же Microsoft 365). Файлдарды буйрук сабы менен чогултуңуз: «npm run score -- a.xlsx b.xlsx --out all.xlsx».",
    done: (sheet: string, rows: number, files: number, current: string | null) =>
      `ЖӨБ саптары: ${rows} (файлдар: ${files}${current ? ` жана «${current}» барагы` : ""}) — «${sheet}» барагына чогултулду; панель эми аны окуйт.`,
    fileLine: (file: string, rows: number, sheet: string) =>
      `${file}: ЖӨБ саптары — ${rows} («${sheet}» барагы)`,
    refusedHeading: "Чогултулган жок:",
    roundsHeading: "Раунддарды текшериңиз (раунддар эч качан бириктирилбейт):",
    noRound: (file: string, rows: number) =>
      `${file}: раунду жок ЖӨБ саптары — ${rows}: раундду жыйналган баракта жазып, «Кайра окуу» басыңыз`,
    quoted: (round: string) => `«${round}»`,
    spellings: (rounds: string) =>
      `${rounds} ар башка раунд катары эсептелет: раундду жыйналган баракта бирдей жазып, «Кайра окуу» басыңыз`,
    skippedHeading: "Чогултулбаган саптар (ЖӨБ катары окулган жок):",
    skippedLine: (file: string, row: number, reason: string, text: string) =>
      `${file}, ${row}-сап: ${reason}${text ? ` («${text}»)` : ""}`,
    blankCopies: (file: string, rows: number) =>
      `${file}: ушул эле раундда башка файлда бааланган ЖӨБдөрдүн бош саптары (${rows}) чогултулган жок`,
    nothing: "Бир да сап чогултулган жок.",
    duplicatesHeading:
      "Бир эле ЖӨБ бир раундда эки жолу — жыйналган барактагы саптардын бирин өчүрүп, «Кайра окуу» басыңыз:",
    notWorkbook: "Excel китептерин (.xlsx, .xlsm) жана CSV файлдарын гана кошууга болот",
    sameFile: (first: string) =>
      `«${first}» менен бирдей файл, эки жолу тандалды: бир жолу чогултулду`,
    refusal: {
      UnsupportedFeature:
        "Браузердеги Excel диаграммалары, эскертүүлөрү, жыйынды таблицалары же кесиндилери бар китепти кошо албайт: аны компьютердеги Excelде кошуңуз же адегенде аларды өчүрүңүз",
      RequestPayloadSizeLimitExceeded:
        "браузердеги Excel үчүн өтө чоң (болжол менен 3,7 МБдан ашпашы керек): компьютердеги Excelде кошуңуз",
      other: (code: string) => `Excel аны китеп катары ача алган жок (${code})`,
    },
  },
} as const;

export type GatherStrings = (typeof GATHER_STRINGS)[Language];

/** Why Excel refused a file, from its error code. */
export function refusalText(t: GatherStrings, code: string): string {
  if (code === "UnsupportedFeature" || code === "RequestPayloadSizeLimitExceeded")
    return t.refusal[code];
  return t.refusal.other(code);
}
