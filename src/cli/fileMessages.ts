/* global NodeJS */
import type { Language } from "../rubric";
import type { Templates } from "./messages";

// The command line's messages about reading inputs and writing --out, in en, ru and ky: part of
// the one catalogue, src/cli/messages.ts. English is worded as before the catalogue (tests and
// users' scripts match it); file and sheet names are printed as given.

/** A detail of a library or the system, quoted verbatim after the sentence of the user's language. */
function technical(detail: string, lang: Language): string {
  return {
    en: detail,
    ru: `техническая причина: «${detail}»`,
    ky: `техникалык себеби: «${detail}»`,
  }[lang];
}

// The system's failures a user can act on, by errno code (the same codes on Linux, macOS and
// Windows as Node reports them); others are named by their code.
const SYSTEM: Record<string, Record<"ru" | "ky", string>> = {
  ENOSPC: { ru: "на диске нет места", ky: "дискте орун жок" },
  EDQUOT: { ru: "исчерпана квота диска", ky: "диск квотасы түгөндү" },
  EACCES: { ru: "нет доступа", ky: "уруксат жок" },
  EPERM: { ru: "нет доступа", ky: "уруксат жок" },
  EROFS: { ru: "диск доступен только для чтения", ky: "диск окуу үчүн гана" },
  ENOENT: { ru: "такого файла или папки нет", ky: "мындай файл же папка жок" },
  EISDIR: { ru: "это папка", ky: "бул папка" },
  EIO: { ru: "ошибка чтения или записи диска", ky: "дискти окуу же жазуу катасы" },
};

/** Why the system refused, in the user's language; English keeps Node's own sentence. */
export function systemReason(error: Error, lang: Language): string {
  if (lang === "en") return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  const known = code === undefined ? undefined : SYSTEM[code];
  if (known) return known[lang];
  if (code !== undefined)
    return { ru: `системная ошибка «${code}»`, ky: `«${code}» системалык катасы` }[lang];
  return technical(error.message, lang);
}

/** An .xlsx that cannot be opened: damaged or not a workbook, or the system would not read it. */
function workbookReason(error: Error, lang: Language): string {
  if ((error as NodeJS.ErrnoException).code !== undefined) return systemReason(error, lang);
  const damaged = {
    en: "",
    ru: "файл повреждён или не является книгой Excel",
    ky: "файл бузулган же Excel китеби эмес",
  }[lang];
  return lang === "en" ? error.message : `${damaged} (${technical(error.message, lang)})`;
}

/** A method file that cannot be read: the system's reason, or JSON the parser refused. */
export function methodReadReason(error: Error, lang: Language): string {
  if (!(error instanceof SyntaxError)) return systemReason(error, lang);
  if (lang === "en") return error.message;
  const notJson = { ru: "это некорректный JSON", ky: "бул туура JSON эмес" }[lang];
  return `${notJson} (${technical(error.message, lang)})`;
}

const quoted = (names: readonly string[], open: string, close: string) =>
  names.map((n) => `${open}${n}${close}`).join(", ");

type File = { file: string };
type Out = { out: string };

export const FILE_MESSAGES = {
  notXlsxOrCsv: {
    en: ({ file }: File) => `Cannot read ${file}: expected a .xlsx or .csv file.`,
    ru: ({ file }: File) => `Не удалось прочитать ${file}: нужен файл .xlsx или .csv.`,
    ky: ({ file }: File) => `${file} окулбайт: .xlsx же .csv файлы керек.`,
  },
  notAFile: {
    en: ({ file }: File) => `Cannot read ${file}: it is not a file.`,
    ru: ({ file }: File) => `Не удалось прочитать ${file}: это не файл.`,
    ky: ({ file }: File) => `${file} окулбайт: бул файл эмес.`,
  },
  noSuchFile: {
    en: ({ file }: File) => `Cannot read ${file}: no such file.`,
    ru: ({ file }: File) => `Не удалось прочитать ${file}: такого файла нет.`,
    ky: ({ file }: File) => `${file} окулбайт: мындай файл жок.`,
  },
  sheetOnCsv: {
    en: ({ file }: File) => `--sheet applies to .xlsx files; ${file} is a CSV file.`,
    ru: ({ file }: File) => `--sheet применяется только к файлам .xlsx, а ${file} — CSV-файл.`,
    ky: ({ file }: File) => `--sheet .xlsx файлдарына гана колдонулат; ${file} — CSV файл.`,
  },
  xlsxNamedCsv: {
    en: ({ file }: File) =>
      `Cannot read ${file}: it is an Excel workbook (.xlsx) under a .csv name; rename it to .xlsx.`,
    ru: ({ file }: File) =>
      `Не удалось прочитать ${file}: это книга Excel (.xlsx) с расширением .csv; переименуйте её в .xlsx.`,
    ky: ({ file }: File) =>
      `${file} окулбайт: бул .csv кеңейтүүсү бар Excel китеби (.xlsx); анын кеңейтүүсүн .xlsx кылып өзгөртүңүз.`,
  },
  unreadableWorkbook: {
    en: ({ file, error }: File & { error: Error }) =>
      `Cannot read ${file} as an Excel workbook (.xlsx): ${workbookReason(error, "en")}`,
    ru: ({ file, error }: File & { error: Error }) =>
      `Не удалось прочитать ${file} как книгу Excel (.xlsx): ${workbookReason(error, "ru")}.`,
    ky: ({ file, error }: File & { error: Error }) =>
      `${file} файлын Excel китеби (.xlsx) катары окуу мүмкүн эмес: ${workbookReason(error, "ky")}.`,
  },
  noWorksheets: {
    en: ({ file }: File) => `${file} has no worksheets.`,
    ru: ({ file }: File) => `В ${file} нет ни одного листа.`,
    ky: ({ file }: File) => `${file} файлында бир да барак жок.`,
  },
  noSheet: {
    en: ({ file, sheet, sheets }: File & { sheet: string; sheets: readonly string[] }) =>
      `No sheet "${sheet}" in ${file}; its sheets are ${quoted(sheets, '"', '"')}.`,
    ru: ({ file, sheet, sheets }: File & { sheet: string; sheets: readonly string[] }) =>
      `В ${file} нет листа «${sheet}»; его листы: ${quoted(sheets, "«", "»")}.`,
    ky: ({ file, sheet, sheets }: File & { sheet: string; sheets: readonly string[] }) =>
      `${file} файлында «${sheet}» барагы жок; анын барактары: ${quoted(sheets, "«", "»")}.`,
  },
  outNotXlsx: {
    en: ({ out }: Out) => `--out must name a .xlsx file, not ${out}.`,
    ru: ({ out }: Out) => `--out: нужно имя файла .xlsx, а не ${out}.`,
    ky: ({ out }: Out) => `--out: .xlsx файлдын аты керек, ${out} эмес.`,
  },
  outNamesFolder: {
    en: ({ out }: Out) => `Cannot write ${out}: it names a folder; name a .xlsx file to create.`,
    ru: ({ out }: Out) =>
      `Не удалось записать ${out}: это имя папки; укажите имя нового файла .xlsx.`,
    ky: ({ out }: Out) =>
      `${out} жазылбайт: бул папканын аты; түзүлө турган .xlsx файлдын атын көрсөтүңүз.`,
  },
  outIsInput: {
    en: ({ out }: Out) => `--out ${out} is the input file; the input is never modified.`,
    ru: ({ out }: Out) => `--out ${out} — это входной файл; входной файл никогда не изменяется.`,
    ky: ({ out }: Out) => `--out ${out} — окулуучу файл; окулуучу файл эч качан өзгөртүлбөйт.`,
  },
  outIsFolder: {
    en: ({ out }: Out) => `Cannot write ${out}: it is a folder; name a .xlsx file to create.`,
    ru: ({ out }: Out) => `Не удалось записать ${out}: это папка; укажите имя нового файла .xlsx.`,
    ky: ({ out }: Out) =>
      `${out} жазылбайт: бул папка; түзүлө турган .xlsx файлдын атын көрсөтүңүз.`,
  },
  outNotRegular: {
    en: ({ out }: Out) => `Cannot write ${out}: it is not a regular file.`,
    ru: ({ out }: Out) => `Не удалось записать ${out}: это не обычный файл.`,
    ky: ({ out }: Out) => `${out} жазылбайт: бул кадимки файл эмес.`,
  },
  outExists: {
    en: ({ out }: Out) =>
      `${out} already exists; choose another name or add --force to replace it.`,
    ru: ({ out }: Out) =>
      `${out} уже существует; выберите другое имя или добавьте --force, чтобы заменить его.`,
    ky: ({ out }: Out) =>
      `${out} мурунтан эле бар; башка ат тандаңыз же аны алмаштыруу үчүн --force кошуңуз.`,
  },
  outUnderFile: {
    en: ({ out, file }: Out & File) => `Cannot write ${out}: ${file} is a file, not a folder.`,
    ru: ({ out, file }: Out & File) => `Не удалось записать ${out}: ${file} — файл, а не папка.`,
    ky: ({ out, file }: Out & File) => `${out} жазылбайт: ${file} — папка эмес, файл.`,
  },
  outNoFolder: {
    en: ({ out, folder }: Out & { folder: string }) =>
      `Cannot write ${out}: the folder ${folder} does not exist.`,
    ru: ({ out, folder }: Out & { folder: string }) =>
      `Не удалось записать ${out}: папки ${folder} не существует.`,
    ky: ({ out, folder }: Out & { folder: string }) => `${out} жазылбайт: ${folder} папкасы жок.`,
  },
  outNoPermission: {
    en: ({ out, folder }: Out & { folder: string }) =>
      `Cannot write ${out}: you may not create files in ${folder}.`,
    ru: ({ out, folder }: Out & { folder: string }) =>
      `Не удалось записать ${out}: у вас нет права создавать файлы в папке ${folder}.`,
    ky: ({ out, folder }: Out & { folder: string }) =>
      `${out} жазылбайт: ${folder} папкасында файл түзүүгө укугуңуз жок.`,
  },
  writeFailed: {
    en: ({ out, error }: Out & { error: Error }) =>
      `Cannot write ${out}: ${systemReason(error, "en")}`,
    ru: ({ out, error }: Out & { error: Error }) =>
      `Не удалось записать ${out}: ${systemReason(error, "ru")}.`,
    ky: ({ out, error }: Out & { error: Error }) =>
      `${out} жазылбайт: ${systemReason(error, "ky")}.`,
  },
} satisfies Record<string, Templates>;

/**
 * What the command line says on stderr once --out is written: not refusals (the catalogue's
 * coverage test runs every refusal), but worded in --lang all the same.
 */
export const WRITTEN = {
  results: {
    en: ({ out }: Out) => `${out} written.`,
    ru: ({ out }: Out) => `${out} записан.`,
    ky: ({ out }: Out) => `${out} жазылды.`,
  },
  round: {
    en: ({ out, sheet, lsgs, round }: Out & { sheet: string; lsgs: number; round: string }) =>
      `${out} written: sheet "${sheet}", ${lsgs} LSGs for round ${round}.`,
    ru: ({ out, sheet, lsgs, round }: Out & { sheet: string; lsgs: number; round: string }) =>
      `${out} записан: лист «${sheet}», ОМСУ для раунда ${round}: ${lsgs}.`,
    ky: ({ out, sheet, lsgs, round }: Out & { sheet: string; lsgs: number; round: string }) =>
      `${out} жазылды: «${sheet}» барагы, ${round}-раунд үчүн ЖӨБ: ${lsgs}.`,
  },
} satisfies Record<string, Templates>;
