/**
 * A formula moved by (rows, columns), as Excel fills a shared formula into its other cells:
 * relative references move, $-anchored parts stay. Text in quotes (strings, quoted sheet names)
 * is left alone; names followed by "(" are functions (LOG10), not cells.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (
              _whole,
              before: string,
              colAnchor: string,
              letters: string,
              rowAnchor: string,
              digits: string
            ) => {
              let column = 0;
              for (const ch of letters.toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
              const newColumn = colAnchor ? column : column + columns;
              const newRow = rowAnchor ? Number(digits) : Number(digits) + rows;
              if (newColumn < 1 || newRow < 1) return `${before}#REF!`;
              return `${before}${colAnchor}${letterOf(newColumn)}${rowAnchor}${newRow}`;
            }
          )
    )
    .join("");
}

function letterOf(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
