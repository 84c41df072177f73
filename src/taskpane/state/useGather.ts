/* global File */
import { useState } from "react";
import type { SourceData, WorkbookHost } from "../../host/contract";
import { analyse } from "../../report/analysis";
import { label } from "../../report/labels";
import {
  currentTable,
  gatherInserted,
  roundNotes,
  type FileRefusal,
  type RoundNotes,
  type InsertedFile,
} from "../../report/consolidate";
import type { GatheredTable, SourceTable } from "../../report/gather";
import { gatheredSheetLayout, originsOf, type Origins } from "../../report/gatheredSheet";
import type { Language, Method } from "../../rubric";
import { sortChosenFiles } from "../chosenFiles";
import { paneError, type PaneError } from "../excelStrings";
import { GATHER_STRINGS, refusalText, type GatherStrings } from "../gatherStrings";
import type { Choices } from "./useSource";

export interface GatheredFileLine {
  readonly file: string;
  readonly sheet: string;
  readonly rows: number;
}

export interface GatherOutcome {
  /** The gathered sheet's name; null when no file gave a row. */
  readonly sheet: string | null;
  readonly rows: number;
  /** The pane's data sheet, when its rows were gathered with the files'. */
  readonly current: string | null;
  readonly files: readonly GatheredFileLine[];
  readonly refused: readonly FileRefusal[];
  /** The same LSG twice in one round, each naming its files and rows. */
  readonly duplicates: readonly string[];
  /** The files' rows not read as LSGs (total rows, signatures): named, as never on Gathered. */
  readonly skipped: readonly string[];
  /** Rows with no round, rounds written two ways: left out of the latest round's numbers. */
  readonly rounds: readonly string[];
}

interface GatherInputs {
  readonly host: WorkbookHost;
  readonly lang: Language;
  readonly method: Method;
  readonly source: SourceData | null;
  readonly choices: Choices;
  /** The gathered sheet was added: the pane reads it as its data. */
  readonly onGathered: (sheet: string) => void;
}

/** The pane's data as a gathered table, with where its rows came from; or why it can't be. */
function current(inputs: GatherInputs) {
  const { source, choices, lang } = inputs;
  if (!source) return { table: null, refused: [], origins: new Map<string, Origins>() };
  const read = currentTable(source.sheetName, source.grid, { columns: choices }, lang);
  if ("reason" in read)
    return {
      table: null,
      refused: [{ file: source.sheetName, reason: read.reason }],
      origins: new Map<string, Origins>(),
    };
  const headerRow = read.table.table.headerRows[read.table.table.headerRows.length - 1];
  const origins = new Map([
    [source.sheetName, originsOf(source.grid, headerRow, source.sheetName)],
  ]);
  return { table: read.table as SourceTable, refused: [], origins };
}

/**
 * The files' rows not gathered (the pane's own data's were listed when it was read): each total
 * or signature row by itself, and blank copies of LSGs another file scores counted per file (a
 * whole round's sheet returned for one oblast has dozens).
 */
function skippedLines(
  t: GatherStrings,
  lang: Language,
  table: GatheredTable,
  currentFile: string | undefined
): string[] {
  const files = table.skipped.filter((s) => s.file !== currentFile);
  const copies = new Map<string, number>();
  const lines: string[] = [];
  for (const s of files) {
    const file = s.file ?? "";
    if (s.reason === "scored-elsewhere") copies.set(file, (copies.get(file) ?? 0) + 1);
    else lines.push(t.skippedLine(file, s.row, label(`skip:${s.reason}`, lang), s.text));
  }
  return [...lines, ...[...copies].map(([file, rows]) => t.blankCopies(file, rows))];
}

function roundLines(t: GatherStrings, notes: RoundNotes): string[] {
  return [
    ...notes.noRound.map((n) => t.noRound(n.file, n.rows)),
    ...notes.spellings.map((rounds) => t.spellings(rounds.map(t.quoted).join(", "))),
  ];
}

/** Inserts and reads the files, gathers them (with the pane's data when asked) and writes the table. */
async function gather(
  inputs: GatherInputs,
  files: readonly File[],
  include: boolean
): Promise<GatherOutcome> {
  const { host, lang, method } = inputs;
  const t = GATHER_STRINGS[lang];
  const sorted = await sortChosenFiles(files);
  const inserted: InsertedFile[] =
    sorted.workbooks.length > 0 ? await host.insertWorkbooks(sorted.workbooks) : [];
  const mine = include ? current(inputs) : { table: null, refused: [], origins: new Map() };
  const chosen = [...inserted, ...sorted.csv];
  const earlier = mine.table ? mine.origins.get(mine.table.file) : undefined;
  const { table, refused } = gatherInserted(mine.table, chosen, lang, earlier);
  const allRefused = [
    ...mine.refused,
    ...refused.map((r) => (r.code ? { ...r, reason: refusalText(t, r.code) } : r)),
    ...sorted.other.map((file) => ({ file, reason: t.notWorkbook })),
    ...sorted.repeated.map(({ file, first }) => ({ file, reason: t.sameFile(first) })),
  ];
  if (!table)
    return {
      sheet: null,
      rows: 0,
      current: null,
      files: [],
      refused: allRefused,
      duplicates: [],
      skipped: [],
      rounds: [],
    };
  const layout = gatheredSheetLayout(table, lang, { method, origins: mine.origins });
  const written = await host.addGatheredSheet(layout);
  const report = analyse(table, lang, method);
  return {
    sheet: written.sheet,
    rows: written.rows,
    current: mine.table?.file ?? null,
    // Rows gathered from each file: a blank copy of an LSG another file scores is left out.
    files: table.files.map((f) => ({
      file: f.file,
      sheet: f.sheet,
      rows: table.rows.filter((r) => r.file === f.file).length,
    })),
    refused: allRefused,
    duplicates: report.validation.duplicates.map((d) => d.message),
    skipped: skippedLines(t, lang, table, mine.table?.file),
    rounds: roundLines(t, roundNotes(table)),
  };
}

/** "Add assessors' files…": the choice to include the pane's data, the work, its outcome. */
export function useGather(inputs: GatherInputs) {
  const [include, setInclude] = useState(true);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<GatherOutcome | null>(null);
  const [error, setError] = useState<PaneError | null>(null);

  const add = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setError(null);
    setOutcome(null);
    setWorking(true);
    try {
      const done = await gather(inputs, files, include);
      setOutcome(done);
      if (done.sheet) inputs.onGathered(done.sheet);
    } catch (e) {
      setError(paneError(e));
    } finally {
      setWorking(false);
    }
  };
  return { include, setInclude, working, outcome, error, add };
}
