import { dataSheets, isOwnSheet, planSource } from "../../src/host/ownSheets";

const sheet = (id: string, name: string) => ({ id, name });

describe("the add-in's own sheets are never data", () => {
  it("knows them by stored id, and by name in three languages, numbered or not", () => {
    const state = { version: 1 as const, summarySheetId: "s1" };
    expect(isOwnSheet(sheet("s1", "Renamed by the user"), state)).toBe(true);
    for (const name of ["Summary", "Сводка", "Жыйынтык (2)", "Макулдашуу", "Карточки", "Results"])
      expect({ name, own: isOwnSheet(sheet("x", name), null) }).toEqual({ name, own: true });
    expect(isOwnSheet(sheet("x", "Summary notes"), null)).toBe(false);
    expect(dataSheets([sheet("a", "Data"), sheet("b", "Сводка")], null)).toEqual([
      sheet("a", "Data"),
    ]);
  });

  it("reads the remembered data from an own sheet or another data sheet, the asked sheet first", () => {
    const sheets = [sheet("d", "Data"), sheet("o", "Other"), sheet("s", "Summary")];
    const state = { version: 1 as const, source: { sheetId: "d", tableName: "T" } };
    expect(planSource(sheets[2], sheets, state)).toEqual({
      kind: "other",
      sheet: sheets[0],
      tableName: "T",
      reason: "ownSheet",
    });
    expect(planSource(sheets[1], sheets, state)).toMatchObject({
      kind: "other",
      reason: "remembered",
    });
    expect(planSource(sheets[0], sheets, state)).toEqual({ kind: "active" });
    expect(planSource(sheets[1], sheets, state, "Other")).toEqual({ kind: "active" });
    expect(planSource(sheets[2], sheets, null)).toMatchObject({ kind: "other", sheet: sheets[0] });
    expect(planSource(sheets[2], [sheets[2]], null)).toEqual({ kind: "none" });
  });
});
