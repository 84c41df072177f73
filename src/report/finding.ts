import type { Language, Method, Summary } from "../rubric";
import { formatPercent, plural } from "./numbers";

function percent(share: number | null, lang: Language): string {
  return share === null ? "–" : formatPercent(share, lang);
}

// Verbs agree with the number as nouns do (Intl.PluralRules): Russian 1 and 21 take the singular,
// 11 does not.
function agrees(n: number, lang: Language, one: string, other: string): string {
  return plural(n, lang, { one, other });
}

/**
 * How a report names a round: "Round 2023" for a year or number, the label itself when it already
 * holds words ("Раунд 2", "Spring 2023"), and the rows with no round (null) as such.
 */
export function roundName(round: string | null, lang: Language): string {
  if (round === null)
    return { en: "Rows with no round", ru: "Строки без раунда", ky: "Раунду жок саптар" }[lang];
  if (/\p{L}/u.test(round)) return round;
  return `${{ en: "Round", ru: "Раунд", ky: "Раунд" }[lang]} ${round}`;
}

/**
 * The summary as one sentence of the kind the 2019 study published, e.g. "Of 39 LSGs scored,
 * 25 (64%) pursue gender-addressing policy (23 of them, 59% of the LSGs scored, covering only one
 * or two of the three indicators), 3 (8%) gender-positive policy and 11 (28%) gender-blind policy."
 * All three categories are named, so their counts add up to the LSGs scored; the study's figure is
 * the part of the addressing ones that covers some but not all indicators (METHODOLOGY.md).
 * `round`, when given, is the round the summary is about (null: the rows with no round); it is
 * given when a table holds several rounds, so the reader knows which one the numbers describe.
 */
export function findingSentence(
  summary: Summary,
  method: Method,
  lang: Language,
  round?: string | null
): string {
  const body = sentence(summary, method, lang);
  if (round === undefined) return body;
  const name = roundName(round, lang);
  // English runs on after a colon in lower case; Russian and Kyrgyz start a new sentence.
  return lang === "en" ? `${name}: ${body[0].toLowerCase()}${body.slice(1)}` : `${name}. ${body}`;
}

/** What every language's sentence says, with counts and shares already written out. */
interface Figures {
  readonly summary: Summary;
  /** How many indicators the method has. */
  readonly n: number;
  /** "count (share)" of the gender-positive, gender-addressing and gender-blind LSGs. */
  readonly pos: string;
  readonly addr: string;
  readonly bl: string;
  /** How many addressing LSGs cover some but not all indicators, and their share of those scored. */
  readonly part: string;
  readonly partShare: string;
}

function figures(summary: Summary, method: Method, lang: Language): Figures {
  const { positive, addressing, blind } = summary.categories;
  const count = (c: { count: number; share: number | null }) =>
    `${c.count} (${percent(c.share, lang)})`;
  const [pos, addr, bl] = [positive, addressing, blind].map(count);
  const { partialAddressing: partial } = summary;
  const n = method.indicators.length;
  return {
    summary,
    n,
    pos,
    addr,
    bl,
    part: `${partial.count}`,
    partShare: percent(partial.share, lang),
  };
}

function sentence(summary: Summary, method: Method, lang: Language): string {
  const f = figures(summary, method, lang);
  switch (lang) {
    case "ru":
      return russianSentence(f);
    case "ky":
      return kyrgyzSentence(f);
    default:
      return englishSentence(f);
  }
}

function russianSentence({ summary, n, pos, addr, bl, part, partShare }: Figures): string {
  const { scored, incomplete, partialAddressing: partial } = summary;
  const { addressing } = summary.categories;
  if (scored === 0) return `Ни один ОМСУ не удалось оценить (неполных строк: ${incomplete}).`;
  const some = n === 3 ? "лишь один или два из трёх индикаторов" : `лишь часть из ${n} индикаторов`;
  const verb = agrees(addressing.count, "ru", "проводит", "проводят");
  const covers = agrees(partial.count, "ru", "охватывает", "охватывают");
  const of =
    addressing.count === 0
      ? ""
      : partial.count === 0
        ? ` (ни один из них не охватывает ${some})`
        : ` (в том числе ${part}, или ${partShare} оценённых, ${covers} ${some})`;
  const tail = incomplete > 0 ? ` Не удалось оценить ОМСУ: ${incomplete}.` : "";
  return `Оценено ОМСУ: ${scored}. Из них ${addr} ${verb} политику, направленную на решение гендерных вопросов${of}; ${pos} — гендерно-позитивную политику; ${bl} — гендерно-слепую.${tail}`;
}

function kyrgyzSentence({ summary, n, pos, addr, bl, part, partShare }: Figures): string {
  const { scored, incomplete, partialAddressing: partial } = summary;
  const { addressing } = summary.categories;
  if (scored === 0) return `Бир да ЖӨБ бааланган жок (толук эмес саптар: ${incomplete}).`;
  const some =
    n === 3 ? "үч индикатордун бирин же экөөнү гана" : `${n} индикатордун бир бөлүгүн гана`;
  const of =
    addressing.count === 0
      ? ""
      : partial.count === 0
        ? ` (алардын бири да ${some} камтыбайт)`
        : ` (анын ичинде ${part}, же бааланган ЖӨБдүн ${partShare}, ${some} камтыйт)`;
  const tail = incomplete > 0 ? ` Баалоого мүмкүн болбогон ЖӨБ: ${incomplete}.` : "";
  return `Бааланган ЖӨБ: ${scored}. Алардын ичинен ${addr} гендердик маселелерди чечүүгө багытталган саясат жүргүзөт${of}; ${pos} — гендердик оң (позитивдүү) саясат; ${bl} — гендердик «сокур» саясат.${tail}`;
}

function englishSentence({ summary, n, pos, addr, bl, part, partShare }: Figures): string {
  const { scored, incomplete, partialAddressing: partial } = summary;
  const { addressing } = summary.categories;
  if (scored === 0) return `No LSG could be scored (${incomplete} incomplete).`;
  const some =
    n === 3 ? "only one or two of the three indicators" : `only some of the ${n} indicators`;
  const lsgs = agrees(scored, "en", "LSG", "LSGs");
  const verb = agrees(addressing.count, "en", "pursues", "pursue");
  const of =
    addressing.count === 0
      ? ""
      : partial.count === 0
        ? ` (none of them covering ${some})`
        : ` (${part} of them, ${partShare} of the LSGs scored, covering ${some})`;
  const tail = incomplete > 0 ? ` ${incomplete} could not be scored.` : "";
  return `Of ${scored} ${lsgs} scored, ${addr} ${verb} gender-addressing policy${of}, ${pos} gender-positive policy and ${bl} gender-blind policy.${tail}`;
}
