import type { Scalar } from "./model";

// How Excel stores a string written through Range.values (or Range.formulas): as if a user typed
// it into the cell. learn.microsoft.com, Excel.Range `values`: "If the provided value starts with a
// plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"; and, as
// for typing (support.microsoft.com "Format numbers as text" and "Insert a date in a worksheet
// cell"), a string that reads as a number, percentage, currency, date, time or TRUE/FALSE is
// stored as that number or boolean, not as the text. Two ways keep a string text: a leading
// apostrophe (stored without it), or a cell whose number format is Text ("@").
//
// Input parsing depends on the user's locale. The fake models en-US (m/d dates, "." decimals,
// "," thousands) and, as the stricter reading for this add-in's users (Russian-locale Excel in
// Kyrgyzstan), also the d.m.yyyy dates of ru-RU: a string either locale turns into a number is not
// kept as text here.

export type Typed =
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "value"; readonly value: Scalar; readonly numberFormat?: string };

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Excel's 1900 date system: serial 1 is 1900-01-01; day 60 is the fictitious 1900-02-29. */
function serial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (year < 1900 || year > 9999) return null;
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (Excel's default cut-off). */
function fullYear(text: string | undefined): number {
  if (text === undefined) return new Date().getFullYear();
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** 1–12 for a month's English name or its three-letter abbreviation; 0 otherwise. */
function monthOf(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m === lower || m.slice(0, 3) === lower) + 1;
}

function date(text: string): number | null {
  let m: RegExpMatchArray | null;
  // ISO 8601, accepted in every locale.
  if ((m = text.match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/)))
    return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  // en-US m/d, m/d/yy(yy), m-d-yyyy: "1/2" is 2 January, not a half.
  if ((m = text.match(/^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/)))
    return serial(fullYear(m[4]), Number(m[1]), Number(m[3]));
  // ru-RU d.m.yyyy (the stricter reading above); "01.02" alone is en-US 1.02, a number already.
  if ((m = text.match(/^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/)))
    return serial(fullYear(m[3]), Number(m[2]), Number(m[1]));
  // 2-Jan, 2-Jan-2019, 2 January 2019, Jan-2, January 2, 2019.
  if ((m = text.match(/^(\d{1,2})[- ]([a-z]+)(?:[- ,]+(\d{2}|\d{4}))?$/i)))
    return serial(fullYear(m[3]), monthOf(m[2]), Number(m[1]));
  if ((m = text.match(/^([a-z]+)[- ](\d{1,2})(?:[- ,]+(\d{2}|\d{4}))?$/i)))
    return serial(fullYear(m[3]), monthOf(m[1]), Number(m[2]));
  return null;
}

function time(text: string): number | null {
  const m = text.match(/^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3] ?? 0);
  if (m[4]) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (m[4].toLowerCase() === "pm" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

/** Plain, thousands-grouped, currency, percent, scientific, accounting-negative numbers; fractions. */
function number(text: string): { value: number; numberFormat?: string } | null {
  let body = text;
  let sign = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1;
    body = body.slice(1, -1).trim();
  }
  if (/^[+-]/.test(body)) {
    if (body[0] === "-") sign = -sign;
    body = body.slice(1).trim();
  }
  const currency = /^\$/.test(body);
  if (currency) body = body.slice(1).trim();
  const percent = /%$/.test(body);
  if (percent) body = body.slice(0, -1).trim();
  const mixed = body.match(/^(\d+) (\d+)\/(\d+)$/);
  if (mixed && !currency && !percent && Number(mixed[3]) > 0)
    return {
      value: sign * (Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3])),
      numberFormat: "# ?/?",
    };
  // A mantissa needs a digit: "1,000", "007", "1.", ".5", "1e3" are numbers; "e3" and "." are not.
  if (!/^((\d{1,3}(,\d{3})+|\d+)(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body)) return null;
  const value = sign * Number(body.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  if (percent) return { value: value / 100, numberFormat: "0%" };
  if (currency) return { value, numberFormat: "$#,##0.00" };
  return { value };
}

/** What a typed string becomes in a cell whose number format is `numberFormat`. */
export function typeInto(input: string, numberFormat: string | undefined): Typed {
  // A leading apostrophe keeps the rest as text (the apostrophe is not part of the value).
  if (input.startsWith("'")) return { kind: "text", value: input.slice(1) };
  // A cell formatted as Text keeps whatever is typed, formulas included.
  if (numberFormat === "@") return { kind: "text", value: input };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  const trimmed = input.trim();
  if (/^(true|false)$/i.test(trimmed))
    return { kind: "value", value: trimmed.toLowerCase() === "true" };
  const n = number(trimmed);
  if (n) return { kind: "value", value: n.value, numberFormat: n.numberFormat };
  const d = date(trimmed);
  if (d !== null) return { kind: "value", value: d, numberFormat: "m/d/yyyy" };
  const t = time(trimmed);
  if (t !== null) return { kind: "value", value: t, numberFormat: "h:mm" };
  // "+x" and "-x" that are not numbers are formulas (Range.values docs above); "=+x" is how Excel stores them.
  if (/^[+-]./.test(input)) return { kind: "formula", formula: `=${input}` };
  return { kind: "text", value: input };
}
