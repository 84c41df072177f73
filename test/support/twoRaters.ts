import path from "path";

// The two raters' sample: two assessors scoring the same LSGs, each in a row of their own, told
// apart by a rater column.

export const TWO_RATERS = path.resolve(__dirname, "../../assets/sample-two-raters.csv");

/**
 * Its first disagreement as a row of the Reconcile sheet, up to the agreed score: the LSG, its
 * district, the round as the report names it (written as text: Excel would have parsed it), the indicator and its
 * id, then each rater's name, score and evidence.
 */
export const FIRST_DISAGREEMENT = [
  "Кереге-Ташский АО",
  "Ак-Суйский район",
  "2019",
  "Documents",
  "documents",
  "Айгүл",
  3,
  "Программа развития 2019–2023, раздел 4",
  "Бакыт",
  2,
  "Гендерный раздел есть, но без показателей",
];
