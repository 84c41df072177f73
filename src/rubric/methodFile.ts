import { LANGUAGES, type Labels, type Language } from "./language";
import { METHOD_2015, totalRange, type CategoryBand, type Indicator, type Method } from "./method";
import { describeMethodProblem, type LabelPlace, type MethodProblem } from "./methodMessages";

/**
 * A method that cannot be used, with every reason, so the user can fix the file in one go. The
 * reasons are data (`problems`), worded in the user's language by `reasonsIn`; `reasons` and the
 * message are the English of the command line.
 */
export class MethodError extends Error {
  readonly reasons: readonly string[];
  constructor(readonly problems: readonly MethodProblem[]) {
    const reasons = problems.map((p) => describeMethodProblem(p, "en"));
    super(`The method is not valid: ${reasons.join("; ")}.`);
    this.reasons = reasons;
    this.name = "MethodError";
  }

  reasonsIn(lang: Language): string[] {
    return this.problems.map((p) => describeMethodProblem(p, lang));
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Labels left out keep the base method's; labels given must be given in all three languages, so a
// renamed category never shows its old name in one of them.
function labels(
  value: unknown,
  fallback: Labels | undefined,
  place: LabelPlace,
  reasons: MethodProblem[]
): Labels {
  if (value !== undefined && !isObject(value)) reasons.push({ kind: "labels-not-object", place });
  const given = isObject(value) ? value : undefined;
  const out = {} as Record<(typeof LANGUAGES)[number], string>;
  for (const lang of LANGUAGES) {
    const text = given ? given[lang] : fallback?.[lang];
    if (typeof text !== "string" || text.trim() === "")
      reasons.push({ kind: "no-label", place, lang });
    out[lang] = typeof text === "string" ? text.trim() : "";
  }
  return out;
}

function byId<T extends { id: string }>(
  list: unknown,
  defaults: readonly T[],
  what: "indicators" | "categories",
  reasons: MethodProblem[]
): Json[] {
  if (list === undefined) return defaults.map(() => ({}));
  if (!Array.isArray(list)) {
    reasons.push({ kind: "not-a-list", list: what });
    return defaults.map(() => ({}));
  }
  const ids = defaults.map((d) => d.id);
  for (const item of list) {
    if (!isObject(item) || !ids.includes(String(item.id)))
      reasons.push({
        kind: "unknown-id",
        list: what,
        allowed: ids,
        found: String(JSON.stringify(isObject(item) ? item.id : item)),
      });
  }
  return defaults.map(
    (d) => (list.find((item) => isObject(item) && item.id === d.id) as Json | undefined) ?? {}
  );
}

/** Checks that category bands cover every possible total exactly once. */
export function bandProblems(
  categories: readonly Pick<CategoryBand, "id" | "min" | "max">[],
  method: Pick<Method, "indicators" | "points">
): MethodProblem[] {
  const reasons: MethodProblem[] = [];
  const { min, max } = totalRange(method as Method);
  const ref = ({ id, min, max }: Pick<CategoryBand, "id" | "min" | "max">) => ({ id, min, max });
  for (const band of categories) {
    if (!Number.isInteger(band.min) || !Number.isInteger(band.max) || band.min > band.max) {
      reasons.push({ kind: "band-not-whole", band: ref(band) });
    }
  }
  if (reasons.length > 0) return reasons;
  for (let total = min; total <= max; total++) {
    const holding = categories.filter((band) => total >= band.min && total <= band.max);
    if (holding.length === 0) reasons.push({ kind: "gap", total, min, max });
    if (holding.length > 1) reasons.push({ kind: "overlap", bands: holding.map(ref), total });
  }
  for (const band of categories) {
    if (band.min < min || band.max > max)
      reasons.push({ kind: "outside", band: ref(band), min, max });
  }
  return reasons;
}

/** The points range per indicator: left out keeps the base's; whole numbers, min below max. */
function parsePoints(json: Json, base: Method, reasons: MethodProblem[]): Method["points"] {
  const points = isObject(json.points) ? json.points : {};
  const pointsMin = points.min ?? base.points.min;
  const pointsMax = points.max ?? base.points.max;
  if (
    !Number.isInteger(pointsMin) ||
    !Number.isInteger(pointsMax) ||
    (pointsMin as number) >= (pointsMax as number)
  ) {
    reasons.push({ kind: "points", min: String(pointsMin), max: String(pointsMax) });
  }
  return { min: pointsMin as number, max: pointsMax as number };
}

/** The base's indicators, each with the names the file gives it (matched by id). */
function parseIndicators(json: Json, base: Method, reasons: MethodProblem[]): Indicator[] {
  return byId(json.indicators, base.indicators, "indicators", reasons).map((given, i) => {
    const d = base.indicators[i];
    return {
      id: d.id,
      name: labels(given.name, d.name, { part: "indicator-name", id: d.id }, reasons),
      short: labels(given.short, d.short, { part: "indicator-short", id: d.id }, reasons),
    };
  });
}

/** The base's category bands, each with the bounds and names the file gives it (matched by id). */
function parseCategories(json: Json, base: Method, reasons: MethodProblem[]): CategoryBand[] {
  return byId(json.categories, base.categories, "categories", reasons).map((given, i) => {
    const d = base.categories[i];
    return {
      id: d.id,
      min: (given.min ?? d.min) as number,
      max: (given.max ?? d.max) as number,
      label: labels(given.label, d.label, { part: "category-label", id: d.id }, reasons),
      short: labels(given.short, d.short, { part: "category-short", id: d.id }, reasons),
    };
  });
}

/**
 * Reads a method from JSON (a file passed with --method, or the pane's edited method). Anything
 * left out keeps the 2015 method's value; indicators and categories are matched by id. Throws
 * MethodError listing every problem, in the order the file's parts are read.
 */
export function parseMethod(json: unknown, base: Method = METHOD_2015): Method {
  const reasons: MethodProblem[] = [];
  if (!isObject(json)) throw new MethodError([{ kind: "not-object" }]);
  const points = parsePoints(json, base, reasons);
  const indicators = parseIndicators(json, base, reasons);
  const categories = parseCategories(json, base, reasons);
  const method: Method = {
    id: typeof json.id === "string" && json.id.trim() !== "" ? json.id.trim() : `${base.id}-edited`,
    title: labels(json.title, base.title, { part: "title" }, reasons),
    indicators,
    points,
    categories,
  };
  // Bands are checked against the total range only once the parts themselves are sound.
  if (reasons.length === 0) reasons.push(...bandProblems(categories, method));
  if (reasons.length > 0) throw new MethodError(reasons);
  return method;
}

/** One line a report prints so that it says which method produced it. */
export function describeMethod(method: Method, lang: (typeof LANGUAGES)[number]): string {
  const bands = [...method.categories]
    .sort((a, b) => b.min - a.min)
    .map((b) => `${b.min}–${b.max} ${b.label[lang]}`);
  const points = `${method.points.min}–${method.points.max}`;
  const intro = { en: "Method", ru: "Методика", ky: "Методика" }[lang];
  const per = { en: "per indicator", ru: "за индикатор", ky: "ар бир индикатор үчүн" }[lang];
  // The id is the file's, not the reader's: an edited method is said to be edited instead.
  const edited =
    method.id === METHOD_2015.id
      ? ""
      : { en: " (edited)", ru: " (изменена)", ky: " (өзгөртүлгөн)" }[lang];
  return `${intro}: ${method.title[lang]}${edited}; ${points} ${per}; ${bands.join("; ")}.`;
}
