import type { Language } from "../rubric";
import { counted } from "../report/numbers";

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
