import type { CategoryId, IndicatorId, Summary } from "../rubric";
import type { AssessmentReport } from "./analysis";
import type { GroupSummary } from "./groups";
import type { RoundReport } from "./headline";
import { jsonMovers, type JsonMovers } from "./moversJson";
import { round4 } from "./numbers";
import type { ScoredRow } from "./results";
import type { LsgChange } from "./rounds";
import type { ColumnMapping } from "../sheets";

// The CLI's --json output: a stable contract for scripts, documented in the README.
// Add fields freely; never rename or remove one.

export interface JsonProblem {
  indicator: IndicatorId;
  /** With several input files: the file of `cell` (which names it too: "a.csv!F7"). */
  file?: string;
  cell: string;
  kind: string;
  value: string | number | boolean | null;
  message: string;
}

export interface JsonRow {
  row: number;
  /** With several input files: the file the row came from. */
  file?: string;
  lsg: string | null;
  district: string | null;
  oblast: string | null;
  round: string | null;
  soate: string | null;
  scores: Record<IndicatorId, number | null>;
  total: number | null;
  category: CategoryId | null;
  coverage: number | null;
  notes: Record<IndicatorId, string | null>;
  problems: JsonProblem[];
}

export interface JsonCount {
  count: number;
  share: number | null;
}

export interface JsonCounts {
  assessed: number;
  scored: number;
  incomplete: number;
  categories: Record<CategoryId, JsonCount>;
}

export interface JsonGroup extends JsonCounts {
  key: string;
  name: string;
}

/** The headline numbers of one round (or of the whole table without rounds). */
export interface JsonRoundSummary extends JsonCounts {
  /** The round these numbers are about; null without rounds, or for the rows with no round. */
  round: string | null;
  coverage: Record<string, number>;
  partialAddressing: JsonCount;
  indicators: Record<
    IndicatorId,
    { mean: number | null; aboveZero: JsonCount; distribution: Record<string, number> }
  >;
  byOblast: JsonGroup[];
  byDistrict: (JsonGroup & { oblast: string | null })[];
  finding: string;
}

export interface JsonReport {
  method: string;
  language: string;
  rows: JsonRow[];
  /** The latest round (never pooled across rounds), every round in `byRound`. */
  summary: JsonRoundSummary & {
    /** Every row read, over all rounds. */
    allRows: { assessed: number; scored: number; incomplete: number };
    /** Every round in order, the rows with no round last (round null); empty without rounds. */
    byRound: JsonRoundSummary[];
    /** Category counts per named round (kept from the first contract; `byRound` has more). */
    rounds: (JsonCounts & { round: string })[];
    changes: {
      improved: number;
      unchanged: number;
      declined: number;
      lsgs: {
        lsg: string;
        district: string | null;
        from: { round: string; row: number; total: number; category: CategoryId };
        to: { round: string; row: number; total: number; category: CategoryId };
        category: string;
        totalChange: number;
      }[];
    };
    /** Who moved between the two latest named rounds; null with fewer than two. */
    movers: JsonMovers | null;
  };
  validation: {
    headerRows: number[];
    columns: Record<string, { column: string; header: string; confidence: number }>;
    problemsByKind: { kind: string; count: number; cells: string[] }[];
    problemsByColumn: { indicator: IndicatorId; column: string; count: number }[];
    duplicates: {
      lsg: string;
      district: string | null;
      round: string | null;
      rows: number[];
      /** With several input files: the file of each of `rows`. */
      files?: string[];
      message: string;
    }[];
    totalMismatches: {
      row: number;
      cell: string;
      lsg: string | null;
      userTotal: string | number;
      computed: number;
      message: string;
    }[];
    skippedRows: { row: number; file?: string; reason: string; text: string }[];
    blankRows: number;
    evidenceWarnings: {
      row: number;
      lsg: string | null;
      indicator: IndicatorId;
      cell: string;
      score: number;
      evidenceCell: string;
      message: string;
    }[];
  };
}

function count(c: { count: number; share: number | null }): JsonCount {
  return { count: c.count, share: round4(c.share) };
}

function counts(summary: Summary): JsonCounts {
  const categories = {} as Record<CategoryId, JsonCount>;
  for (const [id, c] of Object.entries(summary.categories) as [
    CategoryId,
    Summary["categories"][CategoryId],
  ][]) {
    categories[id] = count(c);
  }
  return {
    assessed: summary.assessed,
    scored: summary.scored,
    incomplete: summary.incomplete,
    categories,
  };
}

function group(g: GroupSummary): JsonGroup {
  return { key: g.key, name: g.label, ...counts(g.summary) };
}

function roundSummary(r: RoundReport): JsonRoundSummary {
  const indicators = {} as JsonRoundSummary["indicators"];
  for (const stats of r.indicators) {
    indicators[stats.indicator] = {
      mean: round4(stats.mean),
      aboveZero: count(stats.aboveZero),
      distribution: { ...stats.distribution },
    };
  }
  return {
    round: r.round,
    ...counts(r.summary),
    coverage: { ...r.summary.coverage },
    partialAddressing: count(r.summary.partialAddressing),
    indicators,
    byOblast: r.byOblast.map(group),
    byDistrict: r.byDistrict.map((g) => ({ ...group(g), oblast: g.parent })),
    finding: r.finding,
  };
}

export function toJsonReport(report: AssessmentReport): JsonReport {
  const { table } = report;
  return {
    method: table.method.id,
    language: table.language,
    rows: table.rows.map(jsonRow),
    summary: jsonSummary(report),
    validation: jsonValidation(report),
  };
}

function jsonRow({ source: row, assessment, problems }: ScoredRow): JsonRow {
  return {
    row: row.row,
    ...(row.file !== undefined && { file: row.file }),
    lsg: row.lsg,
    district: row.district,
    oblast: row.oblast,
    round: row.round,
    soate: row.soate,
    scores: { ...assessment.scores },
    total: assessment.total,
    category: assessment.category,
    coverage: assessment.coverage,
    notes: { ...row.notes },
    problems: problems.map((p) => ({
      indicator: p.indicator,
      ...(row.file !== undefined && { file: row.file }),
      cell: p.cell,
      kind: p.kind,
      value: p.value,
      message: p.message,
    })),
  };
}

/** The headline round's summary, with every row, every round and the changes between rounds. */
function jsonSummary(report: AssessmentReport): JsonReport["summary"] {
  const all = report.table.summary;
  return {
    ...roundSummary(report.headline),
    allRows: { assessed: all.assessed, scored: all.scored, incomplete: all.incomplete },
    byRound: report.byRound.map(roundSummary),
    rounds: report.byRound.flatMap((r) =>
      r.round === null ? [] : [{ round: r.round, ...counts(r.summary) }]
    ),
    changes: jsonChanges(report.changes),
    movers: report.movers && jsonMovers(report.movers),
  };
}

function jsonChanges(changes: readonly LsgChange[]): JsonReport["summary"]["changes"] {
  const tally = (d: string) => changes.filter((c) => c.category === d).length;
  return {
    improved: tally("improved"),
    unchanged: tally("unchanged"),
    declined: tally("declined"),
    lsgs: changes.map((c) => ({
      lsg: c.lsg,
      district: c.district,
      from: c.first,
      to: c.latest,
      category: c.category,
      totalChange: c.totalChange,
    })),
  };
}

function jsonValidation({ source, validation }: AssessmentReport): JsonReport["validation"] {
  return {
    headerRows: [...source.headerRows],
    columns: jsonColumns(source.mapping),
    problemsByKind: validation.problemsByKind.map(({ kind, count, cells }) => ({
      kind,
      count,
      cells: [...cells],
    })),
    problemsByColumn: validation.problemsByColumn.map((c) => ({ ...c })),
    duplicates: validation.duplicates.map(({ files, ...d }) => ({
      ...d,
      rows: [...d.rows],
      ...(files && { files: [...files] }),
    })),
    totalMismatches: validation.totalMismatches.map((m) => ({ ...m })),
    skippedRows: validation.skipped.map((s) => ({ ...s })),
    blankRows: validation.blankRows,
    evidenceWarnings: validation.evidence.map((w) => ({ ...w })),
  };
}

/** Each field's column: its letter, its header as written, how surely it was detected. */
function jsonColumns(mapping: ColumnMapping): JsonReport["validation"]["columns"] {
  const columns: JsonReport["validation"]["columns"] = {};
  for (const [field, match] of Object.entries(mapping.fields)) {
    if (match) {
      const letter = mapping.headers[match.column].letter;
      columns[field] = { column: letter, header: match.header, confidence: match.confidence };
    }
  }
  return columns;
}
