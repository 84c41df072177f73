import type { Language } from "../rubric";
import { counted, plural } from "../report/numbers";

// Words that follow a number, in every form the language needs (Intl.PluralRules picks one).
const EN = {
  lsgRows: { one: "LSG row", other: "LSG rows" },
  rows: { one: "row", other: "rows" },
  charts: { one: "chart", other: "charts" },
  scorecards: { one: "scorecard", other: "scorecards" },
  disagreements: { one: "disagreement", other: "disagreements" },
  cells: { one: "cell", other: "cells" },
};
const RU = {
  disagreements: {
    one: "расхождение",
    few: "расхождения",
    many: "расхождений",
    other: "расхождения",
  },
  cells: { one: "ячейка", few: "ячейки", many: "ячеек", other: "ячейки" },
  // "в 1 ячейке", "в 2 ячейках", "в 5 ячейках", "в 21 ячейке"
  inCells: { one: "ячейке", other: "ячейках" },
};

// Every word the pane shows, in the three languages users work in.
export const STRINGS = {
  en: {
    title: "Gender Scorecard",
    language: "Language",
    data: "Data",
    sourceTable: (name: string, sheet: string, rows: number) =>
      `Table “${name}” on sheet “${sheet}”: ${counted(rows, "en", EN.lsgRows)}.`,
    sourceSelection: (address: string, rows: number) =>
      `Selected range ${address}: ${counted(rows, "en", EN.lsgRows)}.`,
    sourceUsed: (address: string, rows: number) =>
      `Used range ${address}: ${counted(rows, "en", EN.lsgRows)}.`,
    headerAt: (rows: string) => `Header on row ${rows}.`,
    readAgain: "Read again",
    dataChanged:
      "The data in the sheet changed: the check below may be out of date. Checking again…",
    reading: "Reading the workbook…",
    empty:
      "This sheet is empty. Open the sheet with your LSG table, or select the table, then choose Read again.",
    columns: "Columns",
    columnsHelp:
      "Found from the headers. Correct any that are wrong; the choice is saved in the workbook.",
    none: "(none)",
    mappingProblem: "Some required columns were not found. Choose them below.",
    sharedColumn: (letter: string, fields: string) =>
      `Column ${letter} is chosen for ${fields}; a column can hold only one of them. Choose a column for each; nothing is scored until then.`,
    check: "Check",
    scored: "Scored",
    blankRows: "Rows with blank scores",
    invalid: "Rows with wrong values",
    disputedRows: "Rows where the raters differ",
    cellsCount: (n: number) => counted(n, "en", EN.cells),
    skippedRow: (row: number, reason: string, text: string) =>
      `Row ${row}: ${reason}${text ? ` (“${text}”)` : ""}`,
    skipped: "Rows skipped",
    noProblems: "No problems found.",
    problemsHelp: "Choose a cell to select it in the sheet.",
    more: (n: number) => `… and ${n} more`,
    apply: "Write results",
    asValues: "Values (readable without the add-in)",
    asFormulas: "Live formulas (=LSG.GENDERSCORE …)",
    applyButton: "Apply",
    writing: "Writing results…",
    done: (rows: number, columns: string, sheet: string, charts: number) =>
      `Wrote ${counted(rows, "en", EN.rows)} to columns ${columns}; “${sheet}” updated with ${counted(charts, "en", EN.charts)}.`,
    consentTitle: "Overwrite cells?",
    consentBody: (count: number, cells: string) =>
      plural(count, "en", {
        one: `1 cell where the results go already holds data (${cells}). Overwrite it?`,
        other: `${count} cells where the results go already hold data (${cells}). Overwrite them?`,
      }),
    overwrite: "Overwrite",
    cancel: "Cancel",
    failed: (message: string) => `Excel reported a problem: ${message}`,
    unsupported:
      "This version of Excel is too old for the pane (it needs ExcelApi 1.7). The LSG formulas still work.",
    missing: (features: string) => `This Excel lacks: ${features}. The pane works without them.`,
    feature: {
      conditionalFormats: "coloured categories (ExcelApi 1.6)",
      tablesUnderSelection: "finding the table under the selection (ExcelApi 1.9)",
      mergedAreas: "reading merged cells (ExcelApi 1.13)",
      core: "document settings and ranges by index (ExcelApi 1.7)",
    },
    finding: "Finding",
    method: "Method",
    methodHelp:
      "Category thresholds and labels. Saved in the workbook; every summary says which method produced it.",
    bandLabel: "Label",
    from: "From",
    to: "To",
    saveMethod: "Save method",
    resetMethod: "Back to the 2015 method",
    methodRefused: "The method was not saved:",
    methodSaved: "Method saved in the workbook.",
    methodReset: "Back to the 2015 method, saved in the workbook.",
    methodEditedOn: (date: string) => `Edited method, saved on ${date}.`,
    resultsStale:
      "The results on the sheet were written with the earlier method: choose Apply to update them.",
    formulasNeed2015:
      "Live formulas use the 2015 method; with an edited method the results are written as values.",
    formulasNeedAdjacent: (columns: string) =>
      `Live formulas need the documents, mechanism and budget scores side by side in that order (they are in columns ${columns}): some Excel versions read a blank score given separately as 0. The results are written as values.`,
    formulasNeedOneRater:
      "Live formulas would compute one rater's scores, not the two raters' agreed ones; the results are written as values.",
    evidenceCheck: "Warn about scores above 0 without evidence",
    evidenceWarnings: "Scores without evidence",
    scorecards: "Printable scorecards",
    secondRater: "Second rater's sheet",
    ownSheetSkipped: (active: string, sheet: string) =>
      `“${active}” is one of the add-in's own sheets, not data. The pane reads sheet “${sheet}”.`,
    keptToData: (active: string, sheet: string) =>
      `The pane keeps to the data on sheet “${sheet}”; the active sheet is “${active}”.`,
    requestedSheet: (sheet: string) => `The pane reads sheet “${sheet}”, as you chose.`,
    switchTo: (sheet: string) => `Read sheet “${sheet}” instead`,
    secondRaterUnusable: (sheet: string) =>
      `Sheet “${sheet}” cannot be read as a second rater's scores; the pane shows one rater. Choose another sheet or “(none)”.`,
    secondRaterEmpty: (sheet: string) => `Sheet “${sheet}” is empty; the pane shows one rater.`,
    scorecardsDone: (sheet: string, cards: number) =>
      `“${sheet}”: ${counted(cards, "en", EN.scorecards)}, one A4 page each.`,
    scorecardsNeed: "Scorecards need ExcelApi 1.9 (page layout and page breaks).",
    disagreements: (all: number, open: number) =>
      `${counted(all, "en", EN.disagreements)} between the raters, ${open} not yet agreed.` +
      (open > 0
        ? ` Apply writes them to a Reconcile sheet; fill in "Agreed score" there and read again.`
        : ""),
    kappaHelp:
      "Weighted kappa: how much more the two raters agree than chance alone would give, near misses counting in part (1 = always the same, 0 = no better than chance).",
  },
  ru: {
    title: "Гендерная оценка ОМСУ",
    language: "Язык",
    data: "Данные",
    sourceTable: (name: string, sheet: string, rows: number) =>
      `Таблица «${name}» на листе «${sheet}»: строк ОМСУ — ${rows}.`,
    sourceSelection: (address: string, rows: number) =>
      `Выделенный диапазон ${address}: строк ОМСУ — ${rows}.`,
    sourceUsed: (address: string, rows: number) =>
      `Заполненный диапазон ${address}: строк ОМСУ — ${rows}.`,
    headerAt: (rows: string) => `Заголовок в строке ${rows}.`,
    readAgain: "Прочитать заново",
    dataChanged:
      "Данные на листе изменились: проверка ниже может быть устаревшей. Проверяем заново…",
    reading: "Чтение книги…",
    empty:
      "Лист пуст. Откройте лист с таблицей ОМСУ или выделите таблицу и нажмите «Прочитать заново».",
    columns: "Столбцы",
    columnsHelp: "Найдены по заголовкам. Исправьте неверные; выбор сохраняется в книге.",
    none: "(нет)",
    mappingProblem: "Не найдены обязательные столбцы. Выберите их ниже.",
    sharedColumn: (letter: string, fields: string) =>
      `Столбец ${letter} выбран для нескольких полей (${fields}); в столбце может быть только одно из них. Выберите для каждого свой столбец; до тех пор ничего не оценивается.`,
    check: "Проверка",
    scored: "Оценено",
    blankRows: "Строк с пустыми баллами",
    invalid: "Строк с неверными значениями",
    disputedRows: "Строк с расхождением оценщиков",
    cellsCount: (n: number) => counted(n, "ru", RU.cells),
    skippedRow: (row: number, reason: string, text: string) =>
      `Строка ${row}: ${reason}${text ? ` («${text}»)` : ""}`,
    skipped: "Пропущено строк",
    noProblems: "Проблем не найдено.",
    problemsHelp: "Выберите ячейку, чтобы выделить её на листе.",
    more: (n: number) => `… и ещё ${n}`,
    apply: "Запись результатов",
    asValues: "Значения (видны и без надстройки)",
    asFormulas: "Живые формулы (=LSG.GENDERSCORE …)",
    applyButton: "Применить",
    writing: "Запись результатов…",
    done: (rows: number, columns: string, sheet: string, charts: number) =>
      `Записано строк: ${rows}, столбцы ${columns}; лист «${sheet}» обновлён, диаграмм: ${charts}.`,
    consentTitle: "Перезаписать ячейки?",
    consentBody: (count: number, cells: string) =>
      `В ${counted(count, "ru", RU.inCells)}, куда записываются результаты, уже есть данные (${cells}). Перезаписать?`,
    overwrite: "Перезаписать",
    cancel: "Отмена",
    failed: (message: string) => `Excel сообщил о проблеме: ${message}`,
    unsupported:
      "Эта версия Excel слишком старая для панели (нужен ExcelApi 1.7). Формулы LSG работают.",
    missing: (features: string) => `В этом Excel нет: ${features}. Панель работает и без этого.`,
    feature: {
      conditionalFormats: "цветных категорий (ExcelApi 1.6)",
      tablesUnderSelection: "поиска таблицы под выделением (ExcelApi 1.9)",
      mergedAreas: "чтения объединённых ячеек (ExcelApi 1.13)",
      core: "параметров документа (ExcelApi 1.7)",
    },
    finding: "Вывод",
    method: "Методика",
    methodHelp:
      "Пороги и названия категорий. Сохраняются в книге; каждая сводка указывает, по какой методике она сделана.",
    bandLabel: "Название",
    from: "От",
    to: "До",
    saveMethod: "Сохранить методику",
    resetMethod: "Вернуть методику 2015 года",
    methodRefused: "Методика не сохранена:",
    methodSaved: "Методика сохранена в книге.",
    methodReset: "Возвращена методика 2015 года, сохранено в книге.",
    methodEditedOn: (date: string) => `Изменённая методика, сохранена ${date}.`,
    resultsStale:
      "Результаты на листе записаны по прежней методике: нажмите «Применить», чтобы обновить их.",
    formulasNeed2015:
      "Живые формулы считают по методике 2015 года; с изменённой методикой результаты записываются значениями.",
    formulasNeedAdjacent: (columns: string) =>
      `Для живых формул баллы за документы, механизм и бюджет должны стоять рядом и в этом порядке (сейчас это столбцы ${columns}): некоторые версии Excel читают пустой балл, переданный отдельно, как 0. Результаты записываются значениями.`,
    formulasNeedOneRater:
      "Живые формулы считали бы баллы одного оценщика, а не согласованные баллы двух; результаты записываются значениями.",
    evidenceCheck: "Предупреждать о баллах выше 0 без обоснования",
    evidenceWarnings: "Баллы без обоснования",
    scorecards: "Карточки для печати",
    secondRater: "Лист второго оценщика",
    ownSheetSkipped: (active: string, sheet: string) =>
      `«${active}» — служебный лист надстройки, а не данные. Панель читает лист «${sheet}».`,
    keptToData: (active: string, sheet: string) =>
      `Панель работает с данными на листе «${sheet}»; активный лист — «${active}».`,
    requestedSheet: (sheet: string) => `Панель читает лист «${sheet}», как вы выбрали.`,
    switchTo: (sheet: string) => `Читать лист «${sheet}»`,
    secondRaterUnusable: (sheet: string) =>
      `Лист «${sheet}» нельзя прочитать как оценки второго оценщика; панель показывает одного оценщика. Выберите другой лист или «(нет)».`,
    secondRaterEmpty: (sheet: string) => `Лист «${sheet}» пуст; панель показывает одного оценщика.`,
    scorecardsDone: (sheet: string, cards: number) =>
      `Лист «${sheet}»: карточек — ${cards}, по странице A4 на каждую.`,
    scorecardsNeed: "Для карточек нужен ExcelApi 1.9 (разметка страницы и разрывы).",
    disagreements: (all: number, open: number) =>
      `${counted(all, "ru", RU.disagreements)} между оценщиками, не согласовано: ${open}.` +
      (open > 0
        ? " «Применить» записывает их на лист «Согласование»; заполните там «Согласованный балл» и прочитайте заново."
        : ""),
    kappaHelp:
      "Взвешенная каппа: насколько оценщики совпадают чаще, чем при случайных баллах, с частичным зачётом близких баллов (1 — всегда одинаково, 0 — не лучше случая).",
  },
  ky: {
    title: "ЖӨБ гендердик баалоо",
    language: "Тил",
    data: "Маалыматтар",
    sourceTable: (name: string, sheet: string, rows: number) =>
      `«${sheet}» барагындагы «${name}» таблицасы: ЖӨБ саптары — ${rows}.`,
    sourceSelection: (address: string, rows: number) =>
      `Белгиленген диапазон ${address}: ЖӨБ саптары — ${rows}.`,
    sourceUsed: (address: string, rows: number) =>
      `Толтурулган диапазон ${address}: ЖӨБ саптары — ${rows}.`,
    headerAt: (rows: string) => `Баш сап: ${rows}.`,
    readAgain: "Кайра окуу",
    dataChanged:
      "Барактагы маалымат өзгөрдү: төмөнкү текшерүү эскирген болушу мүмкүн. Кайра текшерилүүдө…",
    reading: "Китеп окулууда…",
    empty:
      "Бул барак бош. ЖӨБ таблицасы бар баракты ачыңыз же таблицаны белгилеп, «Кайра окуу» басыңыз.",
    columns: "Мамычалар",
    columnsHelp: "Аталыштары боюнча табылды. Туура эместерин оңдоңуз; тандоо китепте сакталат.",
    none: "(жок)",
    mappingProblem: "Милдеттүү мамычалар табылган жок. Аларды төмөндөн тандаңыз.",
    sharedColumn: (letter: string, fields: string) =>
      `${letter} мамычасы бир нече талаа үчүн тандалды (${fields}); бир мамычада алардын бирөө гана болот. Ар бирине өз мамычасын тандаңыз; ага чейин эч нерсе бааланбайт.`,
    check: "Текшерүү",
    scored: "Бааланган",
    blankRows: "Бош упайлуу саптар",
    invalid: "Туура эмес маанилүү саптар",
    disputedRows: "Баалоочулар макул болбогон саптар",
    cellsCount: (n: number) => `${n} уяча`,
    skippedRow: (row: number, reason: string, text: string) =>
      `${row}-сап: ${reason}${text ? ` («${text}»)` : ""}`,
    skipped: "Өткөрүлгөн саптар",
    noProblems: "Көйгөй табылган жок.",
    problemsHelp: "Уячаны барактан белгилөө үчүн аны тандаңыз.",
    more: (n: number) => `… жана дагы ${n}`,
    apply: "Натыйжаларды жазуу",
    asValues: "Маанилер (кошумчасыз да көрүнөт)",
    asFormulas: "Жандуу формулалар (=LSG.GENDERSCORE …)",
    applyButton: "Колдонуу",
    writing: "Натыйжалар жазылууда…",
    done: (rows: number, columns: string, sheet: string, charts: number) =>
      `Жазылган саптар: ${rows}, мамычалар ${columns}; «${sheet}» барагы жаңыланды, диаграммалар: ${charts}.`,
    consentTitle: "Уячаларды кайра жазуу керекпи?",
    consentBody: (count: number, cells: string) =>
      `Натыйжалар жазыла турган ${count} уячада маалымат бар (${cells}). Кайра жазылсынбы?`,
    overwrite: "Кайра жазуу",
    cancel: "Жокко чыгаруу",
    failed: (message: string) => `Excel көйгөй билдирди: ${message}`,
    unsupported:
      "Excelдин бул версиясы панель үчүн эски (ExcelApi 1.7 керек). LSG формулалары иштейт.",
    missing: (features: string) => `Бул Excelде жок: ${features}. Панель аларсыз да иштейт.`,
    feature: {
      conditionalFormats: "түстүү категориялар (ExcelApi 1.6)",
      tablesUnderSelection: "белгиленген жердеги таблицаны табуу (ExcelApi 1.9)",
      mergedAreas: "бириктирилген уячаларды окуу (ExcelApi 1.13)",
      core: "документтин параметрлери (ExcelApi 1.7)",
    },
    finding: "Корутунду",
    method: "Методика",
    methodHelp:
      "Категориялардын чектери жана аталыштары. Китепте сакталат; ар бир жыйынтык кайсы методика менен жасалганын көрсөтөт.",
    bandLabel: "Аталышы",
    from: "Баштап",
    to: "Чейин",
    saveMethod: "Методиканы сактоо",
    resetMethod: "2015-жылкы методикага кайтуу",
    methodRefused: "Методика сакталган жок:",
    methodSaved: "Методика китепте сакталды.",
    methodReset: "2015-жылдын методикасы кайтарылды, китепте сакталды.",
    methodEditedOn: (date: string) => `Өзгөртүлгөн методика, ${date} сакталды.`,
    resultsStale:
      "Барактагы натыйжалар мурунку методика боюнча жазылган: жаңыртуу үчүн «Колдонуу» баскычын басыңыз.",
    formulasNeed2015:
      "Жандуу формулалар 2015-жылкы методика менен эсептейт; өзгөртүлгөн методика менен натыйжалар маани катары жазылат.",
    formulasNeedAdjacent: (columns: string) =>
      `Жандуу формулалар үчүн документтер, механизм жана бюджет упайлары ушул тартипте катар турушу керек (азыр ${columns} мамычаларында): Excelдин айрым версиялары өзүнчө берилген бош упайды 0 деп окуйт. Натыйжалар маани катары жазылат.`,
    formulasNeedOneRater:
      "Жандуу формулалар эки баалоочунун макулдашкан упайларын эмес, бир баалоочунун упайларын эсептемек; натыйжалар маани катары жазылат.",
    evidenceCheck: "Негиздемеси жок 0дөн жогору упайлар жөнүндө эскертүү",
    evidenceWarnings: "Негиздемесиз упайлар",
    scorecards: "Басып чыгаруу үчүн карточкалар",
    secondRater: "Экинчи баалоочунун барагы",
    ownSheetSkipped: (active: string, sheet: string) =>
      `«${active}» — кошумчанын өз барагы, маалымат эмес. Панель «${sheet}» барагын окуйт.`,
    keptToData: (active: string, sheet: string) =>
      `Панель «${sheet}» барагындагы маалымат менен иштейт; активдүү барак — «${active}».`,
    requestedSheet: (sheet: string) => `Панель сиз тандаган «${sheet}» барагын окуйт.`,
    switchTo: (sheet: string) => `«${sheet}» барагын окуу`,
    secondRaterUnusable: (sheet: string) =>
      `«${sheet}» барагын экинчи баалоочунун упайлары катары окууга болбойт; панель бир баалоочуну көрсөтөт. Башка баракты же «(жок)» тандаңыз.`,
    secondRaterEmpty: (sheet: string) => `«${sheet}» барагы бош; панель бир баалоочуну көрсөтөт.`,
    scorecardsDone: (sheet: string, cards: number) =>
      `«${sheet}» барагы: ${cards} карточка, ар бири A4 барагында.`,
    scorecardsNeed: "Карточкалар үчүн ExcelApi 1.9 керек (беттин белгилениши жана бөлүүлөр).",
    disagreements: (all: number, open: number) =>
      `Баалоочулардын ортосундагы айырмачылыктар: ${all}, макулдашылбаганы: ${open}.` +
      (open > 0
        ? " «Колдонуу» аларды «Макулдашуу» барагына жазат; ошол жерде «Макулдашылган упай» толтуруп, кайра окуңуз."
        : ""),
    kappaHelp:
      "Салмактуу каппа: баалоочулар кокустан болчудан канчалык көп дал келерин көрсөтөт, жакын упайлар жарым-жартылай эсептелет (1 — дайыма бирдей, 0 — кокустуктан жакшы эмес).",
  },
} as const;

export type Strings = (typeof STRINGS)[Language];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  ru: "Русский",
  ky: "Кыргызча",
};

/**
 * Shown by the page's ES5 browser check (browserCheck.ts) when the browser Excel uses for add-ins
 * cannot run the pane: Internet Explorer 11 or the old Edge, on Windows without WebView2.
 */
export const BROWSER_UNSUPPORTED: Record<Language, string> = {
  en: "This pane cannot run in the browser this Excel uses for add-ins (Internet Explorer or the old Microsoft Edge). The LSG formulas (=LSG.GENDERSCORE …) still work in cells. To use the pane, install the Microsoft Edge WebView2 Runtime or open the workbook in Excel on the web.",
  ru: "Эта панель не может работать в браузере, который этот Excel использует для надстроек (Internet Explorer или старый Microsoft Edge). Формулы LSG (=LSG.GENDERSCORE …) в ячейках работают. Чтобы пользоваться панелью, установите Microsoft Edge WebView2 Runtime или откройте книгу в Excel в браузере (Excel в Интернете).",
  ky: "Бул панель ушул Excel кошумчалар үчүн колдонгон браузерде иштей албайт (Internet Explorer же эски Microsoft Edge). LSG формулалары (=LSG.GENDERSCORE …) уячаларда иштей берет. Панелди колдонуу үчүн Microsoft Edge WebView2 Runtime орнотуңуз же китепти браузердеги Excelде (Excel for the web) ачыңыз.",
};

// "New round…" (components/NewRoundSection.tsx): the next round's scoring sheet.
export const NEW_ROUND_STRINGS = {
  en: {
    heading: "New round…",
    help: "Adds a new sheet for the next round: every LSG of the latest round, blank scores that accept only whole numbers 0–3, evidence columns and the method above.",
    label: "Round label",
    twoRaters: "Columns for a second rater",
    button: "Add the round's sheet",
    needData: "Read a table with LSG names first.",
    done: (sheet: string, rows: number) =>
      `Sheet “${sheet}” added: ${counted(rows, "en", { one: "LSG", other: "LSGs" })} to score.`,
  },
  ru: {
    heading: "Новый раунд…",
    help: "Добавляет новый лист для следующего раунда: все ОМСУ последнего раунда, пустые баллы, в которые можно ввести только целое число 0–3, столбцы обоснований и методику над таблицей.",
    label: "Название раунда",
    twoRaters: "Столбцы для второго оценщика",
    button: "Добавить лист раунда",
    needData: "Сначала прочитайте таблицу с названиями ОМСУ.",
    done: (sheet: string, rows: number) => `Лист «${sheet}» добавлен: ОМСУ для оценки — ${rows}.`,
  },
  ky: {
    heading: "Жаңы раунд…",
    help: "Кийинки раунд үчүн жаңы барак кошот: акыркы раунддун бардык ЖӨБдөрү, 0–3 бүтүн сандарды гана кабыл алган бош упайлар, негиздеме мамычалары жана таблицанын үстүндө методика.",
    label: "Раунддун аталышы",
    twoRaters: "Экинчи баалоочу үчүн мамычалар",
    button: "Раунддун барагын кошуу",
    needData: "Адегенде ЖӨБ аталыштары бар таблицаны окуңуз.",
    done: (sheet: string, rows: number) => `«${sheet}» барагы кошулду: бааланчу ЖӨБ — ${rows}.`,
  },
} as const;

export type NewRoundStrings = (typeof NEW_ROUND_STRINGS)[Language];
