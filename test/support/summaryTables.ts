// The Summary sheet stacks its tables one under another, each under a title row: the tests find a
// table by its title, as a reader of the sheet would, wherever the tables above it ended.

/** The `count` rows under the row whose first cell is `title`; the test fails without that row. */
export function rowsUnder<T>(rows: readonly (readonly T[])[], title: string, count: number): T[][] {
  const at = rows.findIndex((r) => r[0] === title);
  expect(at).toBeGreaterThan(0);
  return rows.slice(at + 1, at + 1 + count).map((r) => [...r]);
}
