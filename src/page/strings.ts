import type { Language } from "../rubric";

// The words of the "Score a file" page that the task pane does not have (the mapping and the check
// report use the pane's own, src/taskpane/strings.ts).
export const PAGE_STRINGS = {
  en: {
    title: "Gender Scorecard: score a file",
    intro:
      "Score an LSG table without Excel's add-in. The file stays on this computer: nothing is sent anywhere.",
    choose: "Choose an .xlsx or .csv file",
    sheet: "Sheet",
    read: (file: string, sheet: string, rows: number) =>
      `${file}, sheet “${sheet}”: ${rows} rows read.`,
    extension: (file: string) => `Cannot read ${file}: expected a .xlsx or .csv file.`,
    xlsx: (file: string, detail: string) =>
      `Cannot read ${file} as an Excel workbook (.xlsx): ${detail}`,
    empty: (file: string) => `${file} has no worksheets.`,
    columnsHelp: "Found from the headers. Correct any that are wrong.",
    problemsHelp: "Choose a cell to see what it holds.",
    cellHolds: (cell: string, value: string) =>
      value === "" ? `${cell} is empty.` : `${cell} holds “${value}”.`,
    download: "Download the results workbook",
    downloadHelp:
      "Your sheets as they were, a Results sheet with one row per LSG, and a Summary sheet with its charts.",
    failed: "Something went wrong: ",
  },
  ru: {
    title: "Gender Scorecard: оценить файл",
    intro:
      "Оценка таблицы ОМСУ без надстройки Excel. Файл остаётся на этом компьютере: ничего никуда не отправляется.",
    choose: "Выберите файл .xlsx или .csv",
    sheet: "Лист",
    read: (file: string, sheet: string, rows: number) =>
      `${file}, лист «${sheet}»: прочитано строк: ${rows}.`,
    extension: (file: string) => `Не удалось прочитать ${file}: нужен файл .xlsx или .csv.`,
    xlsx: (file: string, detail: string) =>
      `Не удалось прочитать ${file} как книгу Excel (.xlsx): ${detail}`,
    empty: (file: string) => `В ${file} нет листов.`,
    columnsHelp: "Найдены по заголовкам. Исправьте неверные.",
    problemsHelp: "Выберите ячейку, чтобы увидеть её содержимое.",
    cellHolds: (cell: string, value: string) =>
      value === "" ? `Ячейка ${cell} пуста.` : `В ячейке ${cell}: «${value}».`,
    download: "Скачать книгу с результатами",
    downloadHelp:
      "Ваши листы без изменений, лист результатов (строка на каждый ОМСУ) и сводка с диаграммами.",
    failed: "Произошла ошибка: ",
  },
  ky: {
    title: "Gender Scorecard: файлды баалоо",
    intro:
      "ЖӨБ таблицасын Excel кошумчасыз баалоо. Файл ушул компьютерде калат: эч нерсе эч жакка жөнөтүлбөйт.",
    choose: ".xlsx же .csv файлын тандаңыз",
    sheet: "Барак",
    read: (file: string, sheet: string, rows: number) =>
      `${file}, «${sheet}» барагы: ${rows} сап окулду.`,
    extension: (file: string) => `${file} окулган жок: .xlsx же .csv файлы керек.`,
    xlsx: (file: string, detail: string) =>
      `${file} Excel китеби (.xlsx) катары окулган жок: ${detail}`,
    empty: (file: string) => `${file} ичинде барак жок.`,
    columnsHelp: "Аталыштары боюнча табылды. Туура эместерин оңдоңуз.",
    problemsHelp: "Уячада эмне бар экенин көрүү үчүн аны тандаңыз.",
    cellHolds: (cell: string, value: string) =>
      value === "" ? `${cell} уячасы бош.` : `${cell} уячасында: «${value}».`,
    download: "Жыйынтык китебин жүктөп алуу",
    downloadHelp:
      "Сиздин барактар өзгөрүүсүз, ар бир ЖӨБ үчүн бир саптан жыйынтык барагы жана диаграммалары бар жыйынды барак.",
    failed: "Ката кетти: ",
  },
} satisfies Record<Language, Record<string, unknown>>;

export type PageStrings = (typeof PAGE_STRINGS)[Language];
