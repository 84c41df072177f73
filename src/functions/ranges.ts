import {
  assess,
  category,
  categoryBand,
  describeIndicatorProblem,
  describeTotalProblem,
  describeValueProblem,
  weightedKappa,
  isProblem,
  parseScore,
  parseWholeNumber,
  totalRange,
  METHOD_2015,
  type Language,
  type Method,
} from "../rubric";

/**
 * What a cell shows when its value cannot be computed. Excel shows custom messages only on
 * #VALUE! and #N/A, so those are the two we use: #N/A for a blank score, #VALUE! for a wrong one.
 */
export interface CellFailure {
  readonly error: "#N/A" | "#VALUE!";
  readonly message: string;
}

export type CellResult<T> = T | CellFailure;

/** A mistake in how the function was called (shapes, arguments) rather than in one row's data. */
export class CallError extends Error {}

export type Matrix = readonly (readonly unknown[])[];

export function isFailure<T>(result: CellResult<T>): result is CellFailure {
  return typeof result === "object" && result !== null && "error" in result && "message" in result;
}

function isOmitted(argument: Matrix | null | undefined): argument is null | undefined {
  return argument === null || argument === undefined;
}

const CALL_MESSAGES = {
  en: {
    columns: (n: number, k: number) =>
      `Give one range with ${n} columns (documents, mechanism, budget) or ${n} ranges of the same size (columns given: ${k}).`,
    both: () => "Give both the mechanism and the budget scores, or neither.",
    shapes: () =>
      "The documents, mechanism and budget ranges must have the same number of rows and columns.",
    language: (v: string) => `Unknown language "${v}"; use "en", "ru" or "ky".`,
  },
  ru: {
    columns: (n: number, k: number) =>
      `Укажите один диапазон из ${n} столбцов (документы, механизм, бюджет) или ${n} диапазона одного размера; в этом диапазоне столбцов: ${k}.`,
    both: () => "Укажите и механизм, и бюджет, или ни того, ни другого.",
    shapes: () => "Диапазоны документов, механизма и бюджета должны быть одного размера.",
    language: (v: string) => `Неизвестный язык «${v}»; используйте "en", "ru" или "ky".`,
  },
  ky: {
    columns: (n: number, k: number) =>
      `${n} мамычалуу бир диапазон (документтер, механизм, бюджет) же бирдей өлчөмдөгү ${n} диапазон көрсөтүңүз; бул диапазондо ${k} мамыча бар.`,
    both: () => "Механизмди да, бюджетти да көрсөтүңүз, же экөөнү тең көрсөтпөңүз.",
    shapes: () => "Документтер, механизм жана бюджет диапазондору бирдей өлчөмдө болушу керек.",
    language: (v: string) => `«${v}» тили белгисиз; "en", "ru" же "ky" колдонуңуз.`,
  },
} as const;

export function callMessages(lang: Language): (typeof CALL_MESSAGES)[Language] {
  return CALL_MESSAGES[lang];
}

function totalOrFailure(
  cells: readonly unknown[],
  lang: Language,
  method: Method
): CellResult<number> {
  // Fast path for the common all-valid row: no result objects, so a spilled column stays cheap.
  let sum = 0;
  for (let i = 0; i < cells.length; i++) {
    const parsed = parseScore(cells[i], method);
    if (isProblem(parsed)) return failureOf(cells, lang, method);
    sum += parsed;
  }
  return sum;
}

function failureOf(cells: readonly unknown[], lang: Language, method: Method): CellFailure {
  const result = assess(cells, method);
  const message = result.problems.map((p) => describeIndicatorProblem(p, lang, method)).join(" ");
  const onlyBlanks = result.problems.every((p) => p.kind === "missing");
  return { error: onlyBlanks ? "#N/A" : "#VALUE!", message };
}

function coverageOrFailure(
  cells: readonly unknown[],
  lang: Language,
  method: Method
): CellResult<number> {
  let covered = 0;
  for (let i = 0; i < cells.length; i++) {
    const parsed = parseScore(cells[i], method);
    if (isProblem(parsed)) return failureOf(cells, lang, method);
    if (parsed > method.points.min) covered++;
  }
  return covered;
}

type PerLsg = (cells: readonly unknown[], lang: Language, method: Method) => CellResult<number>;

/**
 * Applies a per-LSG computation to the shapes GENDERSCORE accepts. One argument: each row of an
 * N×3 block is one LSG, giving N×1. Three arguments: equally shaped ranges combined cell by cell.
 */
function perLsg(
  compute: PerLsg,
  scores: Matrix,
  mechanism: Matrix | null | undefined,
  budget: Matrix | null | undefined,
  lang: Language,
  method: Method
): CellResult<number>[][] {
  const messages = CALL_MESSAGES[lang];
  const count = method.indicators.length;
  if (isOmitted(mechanism) && isOmitted(budget)) {
    const width = scores[0]?.length ?? 0;
    if (width !== count) throw new CallError(messages.columns(count, width));
    return scores.map((row) => [compute(row, lang, method)]);
  }
  if (isOmitted(mechanism) || isOmitted(budget)) throw new CallError(messages.both());
  const sameShape = (m: Matrix) =>
    m.length === scores.length && m.every((row, r) => row.length === scores[r].length);
  if (!sameShape(mechanism) || !sameShape(budget)) throw new CallError(messages.shapes());
  return scores.map((row, r) =>
    row.map((cell, c) => compute([cell, mechanism[r][c], budget[r][c]], lang, method))
  );
}

/** Totals for GENDERSCORE. */
export function totalsOf(
  scores: Matrix,
  mechanism: Matrix | null | undefined,
  budget: Matrix | null | undefined,
  lang: Language,
  method: Method = METHOD_2015
): CellResult<number>[][] {
  return perLsg(totalOrFailure, scores, mechanism, budget, lang, method);
}

/** Coverage (indicators scored above 0) for COVERAGE, in the same shapes as GENDERSCORE. */
export function coveragesOf(
  scores: Matrix,
  mechanism: Matrix | null | undefined,
  budget: Matrix | null | undefined,
  lang: Language,
  method: Method = METHOD_2015
): CellResult<number>[][] {
  return perLsg(coverageOrFailure, scores, mechanism, budget, lang, method);
}

const AGREEMENT_MESSAGES = {
  en: {
    shapes: "The two raters' ranges must have the same number of rows and columns.",
    none: "No pair of cells where both raters gave a score.",
    cell: (rater: number, row: number, column: number, what: string) =>
      `Rater ${rater}, row ${row}, column ${column}: ${what}`,
  },
  ru: {
    shapes: "Диапазоны двух оценщиков должны быть одного размера.",
    none: "Нет ни одной пары ячеек, где оба оценщика поставили балл.",
    cell: (rater: number, row: number, column: number, what: string) =>
      `Оценщик ${rater}, строка ${row}, столбец ${column}: ${what}`,
  },
  ky: {
    shapes: "Эки баалоочунун диапазондору бирдей өлчөмдө болушу керек.",
    none: "Эки баалоочу тең упай койгон бир да жуп уяча жок.",
    cell: (rater: number, row: number, column: number, what: string) =>
      `${rater}-баалоочу, ${row}-сап, ${column}-мамыча: ${what}`,
  },
} as const;

/**
 * AGREEMENT: Cohen's weighted kappa (quadratic weights) between two equally shaped ranges of
 * scores. Pairs with a blank on either side are left out; a wrong value is an error naming its cell.
 */
export function agreementOf(
  first: Matrix,
  second: Matrix,
  lang: Language,
  method: Method = METHOD_2015
): CellResult<number> {
  const messages = AGREEMENT_MESSAGES[lang];
  const sameShape =
    first.length === second.length && first.every((row, r) => row.length === second[r].length);
  if (!sameShape) throw new CallError(messages.shapes);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < first.length; r++) {
    for (let c = 0; c < first[r].length; c++) {
      const x = parseScore(first[r][c], method);
      const y = parseScore(second[r][c], method);
      for (const [rater, parsed] of [
        [1, x],
        [2, y],
      ] as const) {
        if (isProblem(parsed) && parsed.kind !== "missing") {
          const what = describeValueProblem(parsed, "", method.points, lang).replace(/^: /, "");
          return { error: "#VALUE!", message: messages.cell(rater, r + 1, c + 1, what) };
        }
      }
      if (isProblem(x) || isProblem(y)) continue;
      a.push(x);
      b.push(y);
    }
  }
  const kappa = weightedKappa(a, b, method.points.min, method.points.max);
  return kappa === null ? { error: "#N/A", message: messages.none } : kappa;
}

/** Category labels for POLICYCATEGORY, cell by cell over any shape of totals. */
export function categoriesOf(
  totals: Matrix,
  lang: Language,
  method: Method = METHOD_2015
): CellResult<string>[][] {
  const { min, max } = totalRange(method);
  return totals.map((row) =>
    row.map((cell): CellResult<string> => {
      const parsed = parseWholeNumber(cell, min, max);
      if (isProblem(parsed)) {
        // A total that is itself #N/A (a blank score upstream) stays #N/A.
        const error = parsed.kind === "missing" || parsed.value === "#N/A" ? "#N/A" : "#VALUE!";
        return { error, message: describeTotalProblem(parsed, lang, method) };
      }
      const band = categoryBand(parsed, method);
      // Unreachable for a valid method; kept so a broken custom method reports instead of crashing.
      if (!band || category(parsed, method) === undefined) {
        return {
          error: "#VALUE!",
          message: describeTotalProblem({ kind: "out-of-range", value: parsed }, lang, method),
        };
      }
      return band.label[lang];
    })
  );
}
