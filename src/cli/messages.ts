import { describeMappingError } from "../report";
import { LANGUAGES, type Language, type MethodError } from "../rubric";
import { FIELDS, type MappingError } from "../sheets";
import { FILE_MESSAGES, methodReadReason } from "./fileMessages";

// The one catalogue of what the command line says on stderr, in en, ru and ky: every refusal
// (a UserError, exit code 2) and the files a gathering skips. Each message is a template
// per language taking the values it names; the report's own labels are in src/report/labels.ts.
// Terms as docs/glossary.md and the pane's tables: Russian ОМСУ, лист, столбец, книга;
// Kyrgyz ЖӨБ, барак, мамыча, китеп. Option names (--out) are printed as typed.

/** One message in the three languages. */
export type Templates = { readonly [L in Language]: (values: never) => string };

type Scored = { file: string; error: MappingError };

const SEVERAL: Record<Language, string> = {
  en: "several inputs are given (a folder counts as several)",
  ru: "а указано несколько файлов (папка считается за несколько)",
  ky: "бирок бир нече файл берилди (папка бир нече файл деп эсептелет)",
};
const several = (lang: Language) => SEVERAL[lang];

const ARGUMENT_MESSAGES = {
  unknownOption: {
    en: ({ option }: { option: string }) =>
      `Unknown option ${option}; npm run score -- --help lists the options.`,
    ru: ({ option }: { option: string }) =>
      `Неизвестный параметр ${option}; список параметров: «npm run score -- --help».`,
    ky: ({ option }: { option: string }) =>
      `Белгисиз параметр ${option}; параметрлердин тизмеси: «npm run score -- --help».`,
  },
  optionNeedsValue: {
    en: ({ option }: { option: string }) =>
      `Option ${option} needs a value: ${option} VALUE, or ${option}=VALUE when it starts with "-".`,
    ru: ({ option }: { option: string }) =>
      `Параметру ${option} нужно значение: ${option} ЗНАЧЕНИЕ или ${option}=ЗНАЧЕНИЕ, если оно начинается с «-».`,
    ky: ({ option }: { option: string }) =>
      `${option} параметрине маани керек: ${option} МААНИ же, маани «-» менен башталса, ${option}=МААНИ.`,
  },
  optionTakesNoValue: {
    en: ({ option }: { option: string }) => `Option ${option} takes no value.`,
    ru: ({ option }: { option: string }) => `Параметр ${option} пишется без значения.`,
    ky: ({ option }: { option: string }) => `${option} параметри маанисиз жазылат.`,
  },
  noInput: {
    en: () => "No input file given.",
    ru: () => "Не указан файл для чтения.",
    ky: () => "Окула турган файл көрсөтүлгөн жок.",
  },
  unknownLanguage: {
    en: ({ lang }: { lang: string }) => `Unknown language "${lang}": use en, ru or ky.`,
    ru: ({ lang }: { lang: string }) => `Неизвестный язык «${lang}»: укажите en, ru или ky.`,
    ky: ({ lang }: { lang: string }) => `Белгисиз тил «${lang}»: en, ru же ky деп көрсөтүңүз.`,
  },
  mapNotFieldColumn: {
    en: ({ part }: { part: string }) => `--map: "${part}" is not FIELD=COLUMN.`,
    ru: ({ part }: { part: string }) => `--map: «${part}» не в виде ПОЛЕ=СТОЛБЕЦ.`,
    ky: ({ part }: { part: string }) => `--map: «${part}» ТАЛАА=МАМЫЧА түрүндө эмес.`,
  },
  mapUnknownField: {
    en: ({ field }: { field: string }) =>
      `--map: unknown field "${field}"; fields are ${FIELDS.map((f) => f.id).join(", ")}.`,
    ru: ({ field }: { field: string }) =>
      `--map: неизвестное поле «${field}»; поля: ${FIELDS.map((f) => `«${f.id}»`).join(", ")}.`,
    ky: ({ field }: { field: string }) =>
      `--map: белгисиз талаа «${field}»; талаалар: ${FIELDS.map((f) => `«${f.id}»`).join(", ")}.`,
  },
  headerRowNotRow: {
    en: ({ value }: { value: string }) =>
      `--header-row must be a worksheet row number (1, 2, ...), not "${value}".`,
    ru: ({ value }: { value: string }) =>
      `--header-row: нужен номер строки листа (1, 2, …), а не «${value}».`,
    ky: ({ value }: { value: string }) =>
      `--header-row: барактын сап номери керек (1, 2, …), «${value}» эмес.`,
  },
  ratersNotOneOrTwo: {
    en: ({ value }: { value: string }) => `--raters must be 1 or 2, not "${value}".`,
    ru: ({ value }: { value: string }) => `--raters: нужно 1 или 2, а не «${value}».`,
    ky: ({ value }: { value: string }) => `--raters: 1 же 2 болушу керек, «${value}» эмес.`,
  },
  newRoundNoLabel: {
    en: () => "--new-round needs a round label, e.g. --new-round 2025.",
    ru: () => "--new-round: нужно название раунда, например --new-round 2025.",
    ky: () => "--new-round: раунддун аталышы керек, мисалы --new-round 2025.",
  },
  scorecardsNeedOut: {
    en: () => "--scorecards needs --out RESULT.xlsx to write them to.",
    ru: () => "--scorecards: укажите --out РЕЗУЛЬТАТ.xlsx, куда записать карточки.",
    ky: () => "--scorecards: карточкаларды жазуу үчүн --out НАТЫЙЖА.xlsx көрсөтүңүз.",
  },
  secondSheetNeedsXlsx: {
    en: () => "--second-sheet applies to .xlsx workbooks.",
    ru: () => "--second-sheet применяется только к книгам .xlsx.",
    ky: () => "--second-sheet .xlsx китептерине гана колдонулат.",
  },
  secondSheetGathered: {
    en: () =>
      `--second-sheet reads another sheet of one workbook; ${several("en")}. With several files, give the rater in a rater column.`,
    ru: () =>
      `--second-sheet читает другой лист одной книги, ${several("ru")}. Когда файлов несколько, указывайте оценщика в столбце оценщика.`,
    ky: () =>
      `--second-sheet бир китептин башка барагын окуйт, ${several("ky")}. Файлдар бир нече болгондо баалоочуну баалоочу мамычасында көрсөтүңүз.`,
  },
  newRoundGathered: {
    en: () =>
      `--new-round prepares the next round from one file; ${several("en")}. Score them together first, or give one file.`,
    ru: () =>
      `--new-round готовит следующий раунд по одному файлу, ${several("ru")}. Сначала оцените их вместе или укажите один файл.`,
    ky: () =>
      `--new-round кийинки раундду бир файлдан даярдайт, ${several("ky")}. Адегенде аларды бирге баалаңыз же бир файл көрсөтүңүз.`,
  },
  newRoundNeedsOut: {
    en: () => "--new-round needs --out NEW.xlsx to write the round's sheet to.",
    ru: () => "--new-round: укажите --out НОВЫЙ.xlsx, куда записать лист раунда.",
    ky: () => "--new-round: раунддун барагын жазуу үчүн --out ЖАҢЫ.xlsx көрсөтүңүз.",
  },
  newRoundScoresNothing: {
    en: () =>
      "--new-round prepares a sheet and scores nothing: drop --json, --scorecards and --second-sheet.",
    ru: () =>
      "--new-round готовит лист и ничего не оценивает: уберите --json, --scorecards и --second-sheet.",
    ky: () =>
      "--new-round барак даярдайт жана эч нерсени баалабайт: --json, --scorecards жана --second-sheet алып салыңыз.",
  },
} satisfies Record<string, Templates>;

const SKIPPED = {
  en: ({ file }: { file: string }) =>
    `${file} skipped: a results workbook written by this command.`,
  ru: ({ file }: { file: string }) =>
    `${file} пропущен: это книга результатов, записанная этой командой.`,
  ky: ({ file }: { file: string }) =>
    `${file} өткөрүлүп жиберилди: бул буйрук жазган натыйжалар китеби.`,
} satisfies Templates;

/** `skippedResults` in `lang`, for the refusal that lists them. */
const skippedIn = (lang: Language, file: string): string => SKIPPED[lang]({ file });

const SCORING_MESSAGES = {
  methodUnreadable: {
    en: ({ file, error }: { file: string; error: Error }) =>
      `Cannot read the method ${file}: ${methodReadReason(error, "en")}`,
    ru: ({ file, error }: { file: string; error: Error }) =>
      `Не удалось прочитать методику ${file}: ${methodReadReason(error, "ru")}.`,
    ky: ({ file, error }: { file: string; error: Error }) =>
      `${file} методикасын окуу мүмкүн эмес: ${methodReadReason(error, "ky")}.`,
  },
  methodInvalid: {
    en: ({ file, error }: { file: string; error: MethodError }) => `${file}: ${error.message}`,
    ru: ({ file, error }: { file: string; error: MethodError }) =>
      `${file}: методика не годится: ${error.reasonsIn("ru").join("; ")}.`,
    ky: ({ file, error }: { file: string; error: MethodError }) =>
      `${file}: методиканы колдонууга болбойт: ${error.reasonsIn("ky").join("; ")}.`,
  },
  cannotScore: {
    en: ({ file, error }: Scored) => `Cannot score ${file}: ${error.message}`,
    ru: ({ file, error }: Scored) =>
      `Не удалось оценить ${file}: ${describeMappingError(error, "ru")}`,
    ky: ({ file, error }: Scored) =>
      `${file} файлын баалоо мүмкүн эмес: ${describeMappingError(error, "ky")}`,
  },
  cannotPrepareRound: {
    en: ({ file, error }: Scored) => `Cannot prepare a round from ${file}: ${error.message}`,
    ru: ({ file, error }: Scored) =>
      `Не удалось подготовить раунд по ${file}: ${describeMappingError(error, "ru")}`,
    ky: ({ file, error }: Scored) =>
      `${file} файлынан раунд даярдоо мүмкүн эмес: ${describeMappingError(error, "ky")}`,
  },
  noLsgNames: {
    en: ({ file }: { file: string }) => `${file} has no LSG names to list in a new round.`,
    ru: ({ file }: { file: string }) => `В ${file} нет названий ОМСУ для списка нового раунда.`,
    ky: ({ file }: { file: string }) =>
      `${file} файлында жаңы раундга тизмелей турган ЖӨБдөрдүн аталыштары жок.`,
  },
  twoRatersGathered: {
    en: ({ file, raters }: { file: string; raters: readonly string[] }) =>
      `${file} holds two raters' scores (${raters.join(", ")}); with several files each row must be ` +
      `one LSG's scores. Score ${file} on its own to compare and reconcile the raters, then gather ` +
      `a file with the agreed scores.`,
    ru: ({ file, raters }: { file: string; raters: readonly string[] }) =>
      `${file} содержит оценки двух оценщиков (${raters.map((r) => `«${r}»`).join(", ")}); когда ` +
      `файлов несколько, в каждой строке должны быть оценки одного ОМСУ. Оцените ${file} отдельно, ` +
      `чтобы сравнить и согласовать оценки, а затем соберите файл с согласованными оценками.`,
    ky: ({ file, raters }: { file: string; raters: readonly string[] }) =>
      `${file} файлында эки баалоочунун упайлары бар (${raters.map((r) => `«${r}»`).join(", ")}); ` +
      `файлдар бир нече болгондо ар бир сапта бир ЖӨБдүн упайлары болушу керек. Баалоочулардын ` +
      `упайларын салыштырып макулдашуу үчүн ${file} файлын өзүнчө баалаңыз, андан кийин ` +
      `макулдашылган упайлары бар файлды чогултуңуз.`,
  },
  emptyFolder: {
    en: ({ folder }: { folder: string }) => `The folder ${folder} holds no .xlsx or .csv files.`,
    ru: ({ folder }: { folder: string }) => `В папке ${folder} нет файлов .xlsx или .csv.`,
    ky: ({ folder }: { folder: string }) => `${folder} папкасында .xlsx же .csv файлдары жок.`,
  },
  givenTwice: {
    en: ({ file, earlier }: { file: string; earlier: string }) =>
      `${file} is given twice${earlier === file ? "" : ` (also as ${earlier})`}: its rows would be counted twice.`,
    ru: ({ file, earlier }: { file: string; earlier: string }) =>
      `${file} указан дважды${earlier === file ? "" : ` (ещё и как ${earlier})`}: его строки были бы посчитаны два раза.`,
    ky: ({ file, earlier }: { file: string; earlier: string }) =>
      `${file} эки жолу берилди${earlier === file ? "" : ` (${earlier} катары да)`}: анын саптары эки жолу эсептелмек.`,
  },
  skippedResults: SKIPPED,
  nothingLeft: {
    en: ({ skipped }: { skipped: readonly string[] }) =>
      ["No input file left to score.", ...skipped.map((file) => skippedIn("en", file))].join(" "),
    ru: ({ skipped }: { skipped: readonly string[] }) =>
      ["Не осталось файлов для оценки.", ...skipped.map((file) => skippedIn("ru", file))].join(" "),
    ky: ({ skipped }: { skipped: readonly string[] }) =>
      ["Баалоо үчүн файл калган жок.", ...skipped.map((file) => skippedIn("ky", file))].join(" "),
  },
} satisfies Record<string, Templates>;

/** Every message of the command line, by id. */
export const CLI_MESSAGES = { ...ARGUMENT_MESSAGES, ...SCORING_MESSAGES, ...FILE_MESSAGES };

export type MessageId = keyof typeof CLI_MESSAGES;

/** A message with its values, worded in any language when it is printed. */
export interface CliMessage {
  readonly id: MessageId;
  in(lang: Language): string;
}

type Say = {
  readonly [I in MessageId]: (...values: Parameters<(typeof CLI_MESSAGES)[I]["en"]>) => CliMessage;
};

/** `say.noSheet({ file, sheet, sheets })`: the message, its language chosen when it is printed. */
export const say = Object.fromEntries(
  Object.entries(CLI_MESSAGES as Record<string, Templates>).map(([id, templates]) => [
    id,
    (values?: unknown) => ({
      id,
      in: (lang: Language) => (templates[lang] as (values: unknown) => string)(values),
    }),
  ])
) as unknown as Say;

/** A message in the three languages, for when the language itself is what was wrong. */
export function inEveryLanguage(message: CliMessage): string {
  return LANGUAGES.map((lang) => message.in(lang)).join(" / ");
}
