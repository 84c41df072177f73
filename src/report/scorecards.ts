import {
  categoryBand,
  type CategoryBand,
  type CategoryId,
  type IndicatorId,
  type Language,
  type Method,
} from "../rubric";
import type { AssessmentReport } from "./analysis";
import { pushTo } from "./collect";
import { compareRounds, lsgKey, nameKey } from "./keys";
import { label } from "./labels";
import type { ScoredRow } from "./results";
import type { LayoutArea } from "./summaryLayout";

/** Rows a card's chart covers: about a third of the printed page. */
export const CHART_ROWS = 30;

/** One LSG's printable page, as plain data. */
export interface Scorecard {
  readonly title: string;
  /** District, oblast, round. */
  readonly subtitle: string;
  readonly header: readonly string[];
  /** Per indicator: name, score, evidence, oblast mean, mean of all. */
  readonly indicators: readonly (readonly (string | number | null)[])[];
  /** Label/value lines: total, coverage, category, comparison, change since the previous round. */
  readonly lines: readonly (readonly [string, string | number | null])[];
  /** Index in `lines` of the category line, and its category (null when not scored). */
  readonly categoryLine: number;
  readonly category: CategoryId | null;
  /** The chart's numbers: a corner left blank, the indicators, then LSG / oblast / all rows. */
  readonly chartTable: readonly (readonly (string | number | null)[])[];
}

function mean(values: readonly number[]): number | null {
  return values.length === 0
    ? null
    : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}

type Cell = string | number | null;

/** The scored rows a card compares its LSG with: all of its round, and those of its oblast. */
interface Peers {
  readonly all: readonly ScoredRow[];
  readonly oblast: readonly ScoredRow[];
}

/** What every card of one report shares: the method, the language, the findings per round. */
interface CardContext {
  readonly report: AssessmentReport;
  readonly method: Method;
  readonly lang: Language;
}

/** One card per LSG, for its latest round, compared with its oblast and the whole set in that round. */
export function scorecards(report: AssessmentReport, lang: Language): Scorecard[] {
  const { table } = report;
  const byLsg = new Map<string, ScoredRow[]>();
  for (const row of table.rows)
    if (row.source.lsg !== null) pushTo(byLsg, lsgKey(row.source.lsg, row.source.district), row);
  const context: CardContext = { report, method: table.method, lang };
  return [...byLsg.values()].map((rows) => scorecard(rows, context));
}

/** The card of one LSG from its rows (one per round), for its latest round. */
function scorecard(rows: readonly ScoredRow[], context: CardContext): Scorecard {
  const { lang } = context;
  const sorted = [...rows].sort((a, b) =>
    compareRounds(a.source.round ?? "", b.source.round ?? "")
  );
  const current = sorted[sorted.length - 1];
  const peers = peersOf(current, context.report);
  const indicators = indicatorLines(current, peers, context);
  const band = categoryOf(current, context.method);
  return {
    title: `${label("scorecard", lang)}: ${current.source.lsg}`,
    subtitle: [current.source.district, current.source.oblast, current.source.round]
      .filter(Boolean)
      .join(" · "),
    header: [
      label("indicator", lang),
      label("score", lang),
      label("evidence", lang),
      label("oblastMean", lang),
      label("allMean", lang),
    ],
    indicators,
    categoryLine: 2,
    category: band?.id ?? null,
    chartTable: chartTable(current, indicators, lang),
    lines: cardLines(sorted, peers, context),
  };
}

function peersOf(current: ScoredRow, report: AssessmentReport): Peers {
  const all = report.table.rows.filter(
    (r) => r.assessment.total !== null && r.source.round === current.source.round
  );
  const oblast = all.filter((r) => nameKey(r.source.oblast) === nameKey(current.source.oblast));
  return { all, oblast };
}

function categoryOf(row: ScoredRow, method: Method): CategoryBand | undefined {
  const { total } = row.assessment;
  return total === null ? undefined : categoryBand(total, method);
}

/** Per indicator: name, score, evidence, oblast mean, mean of all. */
function indicatorLines(current: ScoredRow, peers: Peers, context: CardContext): Cell[][] {
  const score = (r: ScoredRow, id: IndicatorId) => r.assessment.scores[id];
  return context.method.indicators.map((indicator) => [
    indicator.short[context.lang],
    score(current, indicator.id),
    current.source.notes[indicator.id],
    mean(peers.oblast.map((r) => score(r, indicator.id) as number)),
    mean(peers.all.map((r) => score(r, indicator.id) as number)),
  ]);
}

/**
 * The chart's numbers from the indicator lines. The corner is blank so that Excel reads the first
 * row as categories and the first column as series names (see WorkbookModel.chartSeries in the
 * in-memory Excel).
 */
function chartTable(current: ScoredRow, indicators: readonly Cell[][], lang: Language): Cell[][] {
  return [
    [null, ...indicators.map((line) => line[0])],
    [current.source.lsg, ...indicators.map((line) => line[1] as number | null)],
    [label("oblastMean", lang), ...indicators.map((line) => line[3] as number | null)],
    [label("allMean", lang), ...indicators.map((line) => line[4] as number | null)],
  ];
}

/** Total, coverage, category, the means, the change since the previous round, finding, note. */
function cardLines(
  sorted: readonly ScoredRow[],
  peers: Peers,
  { report, method, lang }: CardContext
): [string, Cell][] {
  const current = sorted[sorted.length - 1];
  const { total, coverage } = current.assessment;
  const band = categoryOf(current, method);
  const problems = current.problems.map((p) => p.message).join(" ");
  // Each card carries the finding of its own round: rounds are never pooled.
  const finding = (report.byRound.find((r) => r.round === current.source.round) ?? report.headline)
    .finding;
  return [
    [label("total", lang), total],
    [
      label("coverage", lang),
      coverage === null ? null : `${coverage} / ${method.indicators.length}`,
    ],
    [label("category", lang), band ? band.label[lang] : problems || label("notScored", lang)],
    [
      `${label("total", lang)}: ${label("oblastMean", lang)}`,
      mean(peers.oblast.map((r) => r.assessment.total as number)),
    ],
    [
      `${label("total", lang)}: ${label("allMean", lang)}`,
      mean(peers.all.map((r) => r.assessment.total as number)),
    ],
    [label("sincePrevious", lang), changeSincePrevious(sorted, method, lang)],
    [label("finding", lang), finding],
    ...(current.source.note ? [[label("note", lang), current.source.note] as [string, Cell]] : []),
  ];
}

/** "2019: 3 (addressing) → 2023: 5 (addressing), +2", from the latest earlier round with a total. */
function changeSincePrevious(sorted: readonly ScoredRow[], method: Method, lang: Language): string {
  const current = sorted[sorted.length - 1];
  const previous = sorted
    .slice(0, -1)
    .reverse()
    .find((r) => r.assessment.total !== null);
  const total = current.assessment.total;
  if (!previous || total === null) return label("noEarlierRound", lang);
  const before = previous.assessment.total!;
  const inRound = (row: ScoredRow, value: number) =>
    `${row.source.round}: ${value} (${categoryOf(row, method)?.short[lang]})`;
  return `${inRound(previous, before)} → ${inRound(current, total)}, ${total - before >= 0 ? "+" : ""}${total - before}`;
}

/** All cards on one sheet, as plain data: cells, which rows are titles and headers, where pages break. */
export interface ScorecardsLayout {
  readonly width: number;
  readonly cells: readonly (readonly (string | number | null)[])[];
  readonly titleRows: readonly number[];
  readonly subtitleRows: readonly number[];
  readonly headerRows: readonly number[];
  /** Label/value rows whose value spans the rest of the card's width. */
  readonly lineRows: readonly number[];
  /** Per card, in order: the category's value cell (row, column 1) and its category. */
  readonly categoryCells: readonly { readonly row: number; readonly category: CategoryId | null }[];
  /** Per card: its chart's numbers (header row, then LSG / oblast / all) and the cells the chart covers. */
  readonly charts: readonly { readonly table: LayoutArea; readonly position: LayoutArea }[];
  /** Rows after which a new page starts (0-based). */
  readonly pageBreaksAfter: readonly number[];
  /** Suggested column widths in characters. */
  readonly columnWidths: readonly number[];
}

export function scorecardsLayout(report: AssessmentReport, lang: Language): ScorecardsLayout {
  const width = 5;
  const cells: (string | number | null)[][] = [];
  const titleRows: number[] = [];
  const subtitleRows: number[] = [];
  const headerRows: number[] = [];
  const lineRows: number[] = [];
  const pageBreaksAfter: number[] = [];
  const categoryCells: { row: number; category: CategoryId | null }[] = [];
  const charts: { table: LayoutArea; position: LayoutArea }[] = [];
  const add = (...row: (string | number | null)[]) =>
    cells.push([...row, ...Array<null>(width - row.length).fill(null)]) - 1;
  const cards = scorecards(report, lang);
  cards.forEach((card, i) => {
    titleRows.push(add(card.title));
    subtitleRows.push(add(card.subtitle));
    add();
    headerRows.push(add(...card.header));
    for (const line of card.indicators) add(...line);
    add();
    card.lines.forEach(([name, value], line) => {
      const row = add(name, value);
      lineRows.push(row);
      if (line === card.categoryLine) categoryCells.push({ row, category: card.category });
    });
    add();
    const rows = card.chartTable.map((line) => add(...line));
    headerRows.push(rows[0]);
    const table = { top: rows[0], bottom: rows[rows.length - 1], left: 0, right: 3 };
    const top = add();
    for (let i = 1; i < CHART_ROWS; i++) add();
    charts.push({ table, position: { top, bottom: top + CHART_ROWS - 1, left: 0, right: 3 } });
    const last = add();
    if (i < cards.length - 1) pageBreaksAfter.push(last);
  });
  return {
    width,
    cells,
    titleRows,
    subtitleRows,
    headerRows,
    lineRows,
    categoryCells,
    charts,
    pageBreaksAfter,
    columnWidths: [36, 13, 44, 16, 16],
  };
}
