import type { Language, Method, Summary } from "../rubric";

function percent(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

// Russian verbs agree with the number: 1, 21, 31 take the singular; 11 does not.
function ruSingular(n: number): boolean {
  return n % 10 === 1 && n % 100 !== 11;
}

/**
 * The summary as one sentence of the kind the 2019 study published, e.g. "Of 39 LSGs scored,
 * 23 (59%) pursue gender-addressing policy while covering one or two of the three indicators; …".
 */
export function findingSentence(summary: Summary, method: Method, lang: Language): string {
  const { scored, incomplete, partialAddressing: partial } = summary;
  const positive = summary.categories.positive;
  const blind = summary.categories.blind;
  const n = method.indicators.length;
  const p = `${partial.count} (${percent(partial.share)})`;
  const pos = `${positive.count} (${percent(positive.share)})`;
  const bl = `${blind.count} (${percent(blind.share)})`;
  switch (lang) {
    case "ru": {
      if (scored === 0) return `Ни один ОМСУ не удалось оценить (неполных строк: ${incomplete}).`;
      const some =
        n === 3 ? "лишь один или два из трёх индикаторов" : `лишь часть из ${n} индикаторов`;
      const verb = ruSingular(partial.count) ? "проводит" : "проводят";
      const tail = incomplete > 0 ? ` Не удалось оценить ОМСУ: ${incomplete}.` : "";
      return `Оценено ОМСУ: ${scored}. Из них ${p} ${verb} политику, направленную на решение гендерных вопросов, охватывая ${some}; ${pos} — гендерно-позитивную политику, ${bl} — гендерно-слепую.${tail}`;
    }
    case "ky": {
      if (scored === 0) return `Бир да ЖӨБ бааланган жок (толук эмес саптар: ${incomplete}).`;
      const some =
        n === 3 ? "үч индикатордун бирин же экөөнү гана" : `${n} индикатордун бир бөлүгүн гана`;
      const tail = incomplete > 0 ? ` Баалоого мүмкүн болбогон ЖӨБ: ${incomplete}.` : "";
      return `Бааланган ЖӨБ: ${scored}. Алардын ичинен ${p} ${some} камтып, гендердик маселелерди чечүүгө багытталган саясат жүргүзөт; ${pos} — гендердик оң (позитивдүү) саясат, ${bl} — гендердик «сокур» саясат.${tail}`;
    }
    default: {
      if (scored === 0) return `No LSG could be scored (${incomplete} incomplete).`;
      const some =
        n === 3 ? "one or two of the three indicators" : `only some of the ${n} indicators`;
      const lsgs = scored === 1 ? "LSG" : "LSGs";
      const verb = partial.count === 1 ? "pursues" : "pursue";
      const verbPositive = positive.count === 1 ? "pursues" : "pursue";
      const tail = incomplete > 0 ? ` ${incomplete} could not be scored.` : "";
      return `Of ${scored} ${lsgs} scored, ${p} ${verb} gender-addressing policy while covering ${some}; ${pos} ${verbPositive} gender-positive policy and ${bl} gender-blind policy.${tail}`;
    }
  }
}
