import { counted } from "../report/numbers";

// The pane in Russian (STRINGS.ru in strings.ts).

// Words that follow a number, in every form Russian needs (Intl.PluralRules picks one).
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

export const RU_STRINGS = {
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
  dataChanged: "Данные на листе изменились: проверка ниже может быть устаревшей. Проверяем заново…",
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
    insertSheets: "добавления файлов оценщиков (ExcelApi 1.13)",
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
} as const;
