import { label } from "../report";
import type { Language } from "../rubric";

/** Where progress goes: the terminal's stderr, or nowhere when stderr is a file or a pipe. */
export interface ProgressSink {
  readonly isTTY: boolean;
  write(text: string): void;
}

export type Stage = "reading" | "scoring" | "writing";

const STAGE_TEXT = {
  reading: "progressReading",
  scoring: "progressScoring",
  writing: "progressWriting",
} as const;

/** Runs shorter than this show no progress: it would only flicker. */
export const PROGRESS_AFTER_MS = 2000;

/**
 * One line of progress on a terminal, rewritten in place ("Reading… 120,000 rows, 3 s"), shown
 * only once a run has taken two seconds and only when stderr is a terminal: piped or redirected,
 * stderr gets nothing, and stdout (the report, the JSON) is never touched.
 */
export class Progress {
  private readonly start: number;
  private stage: Stage | null = null;
  private shown = false;
  private lastDraw = -Infinity;

  constructor(
    private readonly sink: ProgressSink,
    private readonly lang: Language,
    private readonly clock: () => number = Date.now,
    private readonly afterMs = PROGRESS_AFTER_MS
  ) {
    this.start = clock();
  }

  /** A new stage begins. */
  begin(stage: Stage): void {
    this.stage = stage;
    this.draw(undefined, true);
  }

  /** Rows done in the current stage; cheap to call often (draws at most four times a second). */
  rows(count: number): void {
    this.draw(count, false);
  }

  /** Clears the line, before the report is printed on the same terminal and at the end. */
  clear(): void {
    if (this.shown) this.sink.write("\r\x1b[2K");
    this.shown = false;
  }

  private draw(count: number | undefined, force: boolean): void {
    if (!this.sink.isTTY || this.stage === null) return;
    const now = this.clock();
    const elapsed = now - this.start;
    if (elapsed < this.afterMs || (!force && now - this.lastDraw < 250)) return;
    this.lastDraw = now;
    const rows =
      count === undefined
        ? ""
        : ` ${label("progressRows", this.lang)}: ${count.toLocaleString("en").replace(/,/g, "\u202f")}`;
    const seconds = `${Math.floor(elapsed / 1000)} ${label("seconds", this.lang)}`;
    this.sink.write(`\r\x1b[2K${label(STAGE_TEXT[this.stage], this.lang)}…${rows} (${seconds})`);
    this.shown = true;
  }
}
