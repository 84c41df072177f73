/* global TextEncoder */

// Excel on the web refuses requests and responses over 5 MB; we keep each under this budget.
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** Bytes of a row as it travels in a request (JSON, UTF-8). */
export function rowBytes(row: readonly unknown[]): number {
  return encoder.encode(JSON.stringify(row)).length;
}

/** Splits rows into consecutive chunks whose JSON stays under the budget (one row at least each). */
export function chunkRows<T extends readonly unknown[]>(
  rows: readonly T[],
  budget = PAYLOAD_BUDGET
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = rowBytes(row) + 1;
    if (current.length > 0 && size + bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += bytes;
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

/**
 * How many rows to read per request before the content is known: a generous guess of bytes per
 * cell keeps the response under the budget for ordinary tables (names, scores, short notes).
 */
export function rowsPerRead(columns: number, bytesPerCell = 96, budget = PAYLOAD_BUDGET): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, columns) * bytesPerCell)));
}

/** Bytes per cell of values already read, with a margin for rows further down being wordier. */
export function measuredBytesPerCell(values: readonly (readonly unknown[])[]): number {
  const cells = values.reduce((n, row) => n + row.length, 0);
  if (cells === 0) return 96;
  const bytes = values.reduce((n, row) => n + rowBytes(row), 0);
  return Math.max(16, Math.ceil((bytes / cells) * 2));
}
