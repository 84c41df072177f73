// The pane in Kyrgyz (STRINGS.ky in strings.ts); terms follow docs/glossary.md.
export const KY_STRINGS = {
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
    insertSheets: "баалоочулардын файлдарын кошуу (ExcelApi 1.13)",
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
} as const;
