/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { FakeExcel, WorkbookModel } from "../../src/fake-excel";
import { newRoundLayout } from "../../src/report/newRound";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";
import { ROUND_HEADERS } from "../support/roundSheet";

beforeEach(() => localStorage.clear());

const SCORE_RULE = { wholeNumber: { formula1: 0, formula2: 3, operator: "Between" } };

async function prepare(label: string) {
  const input = screen.getByLabelText(/Round label|Раунддун аталышы/);
  await userEvent.clear(input);
  await userEvent.type(input, label);
  await userEvent.click(
    screen.getByRole("button", { name: /Add the round's sheet|Раунддун барагын кошуу/ })
  );
}

describe("New round… in the pane", () => {
  it("adds the next round's sheet: a table of the 40 LSGs, scores validated 0–3, never over a sheet", async () => {
    const { excel } = sampleWorkbook();
    const model = excel.model;
    render(<App host={hostFor(excel)} />);
    await screen.findByText(/40 LSG rows/);
    // The sample's latest round is 2019: the year after is offered.
    expect(screen.getByLabelText("Round label")).toHaveProperty("value", "2020");
    await prepare("2025");
    await screen.findByText("Sheet “Round 2025” added: 40 LSGs to score.");

    const sheet = model.sheetByName("Round 2025")!;
    const table = model.tables.find((t) => t.sheetId === sheet.id)!;
    const top = table.area.top;
    expect(table.area).toMatchObject({ left: 0, right: 10, bottom: top + 40 });
    expect(sheet.values({ ...table.area, bottom: top })[0]).toEqual(ROUND_HEADERS);
    const body = sheet.values({ ...table.area, top: top + 1 });
    expect(body.every((row) => row[3] === "2025" && row.slice(4).every((v) => v === ""))).toBe(
      true
    );
    expect(String(sheet.valueAt(0, 0))).toMatch(/Ministry of Economy.*round 2025/);
    expect(model.dataValidations).toEqual([
      expect.objectContaining({
        sheetId: sheet.id,
        area: { top: top + 1, left: 4, bottom: top + 40, right: 6 },
        rule: SCORE_RULE,
        prompt: expect.objectContaining({ title: "Score 0–3", showPrompt: true }),
        errorAlert: expect.objectContaining({
          title: "Not a score",
          style: "Stop",
          showAlert: true,
        }),
      }),
    ]);

    await prepare("2025");
    await screen.findByText("Sheet “Round 2025 (2)” added: 40 LSGs to score.");
    expect(model.sheets.map((s) => s.name)).toEqual(["Data", "Round 2025", "Round 2025 (2)"]);
  });

  it("round trip: prepared in the pane, filled in by an assessor, read back and scored with no mapping", async () => {
    const { excel } = sampleWorkbook();
    const view = render(<App host={hostFor(excel)} />);
    await screen.findByText(/40 LSG rows/);
    await prepare("2025");
    await screen.findByText(/Sheet “Round 2025” added/);
    view.unmount();

    // The sheet goes out to an assessor and comes back as their workbook: the same cells and
    // table, scores typed into E:G (one left blank).
    const sheet = excel.model.sheetByName("Round 2025")!;
    const table = excel.model.tables.find((t) => t.sheetId === sheet.id)!;
    const used = { top: 0, left: 0, bottom: table.area.bottom, right: table.area.right };
    const returned = new WorkbookModel();
    const copy = returned.addSheet("Round 2025");
    copy.write(used, sheet.values(used));
    returned.addTable(copy, table.area);
    const { top } = table.area;
    const scores = Array.from({ length: 40 }, (_, i) => [1, 1, i === 39 ? "" : 1]);
    copy.write({ top: top + 1, left: 4, bottom: top + 40, right: 6 }, scores);
    returned.selection = {
      sheetId: copy.id,
      area: { top: top + 2, left: 1, bottom: top + 2, right: 1 },
    };

    render(<App host={hostFor(new FakeExcel(returned))} />);
    await screen.findByText(/on sheet “Round 2025”: 40 LSG rows/);
    await screen.findByText(/Of 39 LSGs scored, 39 \(100%\) pursue gender-addressing policy/);
    expect(screen.queryByText(/required columns were not found/)).toBeNull();
  });

  it("speaks Kyrgyz: two raters' columns, prompt and alert in Kyrgyz", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel, undefined, "ky-KG")} />);
    await screen.findByText(/ЖӨБ саптары — 40/);
    await userEvent.click(screen.getByLabelText("Экинчи баалоочу үчүн мамычалар"));
    await prepare("2025");
    await screen.findByText("«Раунд 2025» барагы кошулду: бааланчу ЖӨБ — 40.");
    const validations = excel.model.dataValidations;
    expect(validations.map((v) => [v.area.left, v.area.right])).toEqual([
      [4, 6],
      [10, 12],
    ]);
    expect(validations[0].errorAlert?.message).toMatch(/бүтүн сан/);
    expect(validations[0].prompt?.title).toBe("Упай 0–3");
  });
});

describe("WorkbookHost.prepareRound on the in-memory Excel", () => {
  it("writes 40 or 480 LSGs in the same two round trips, within Excel on the web's payload limit", async () => {
    for (const count of [40, 480]) {
      const model = new WorkbookModel();
      model.addSheet("Data");
      const excel = new FakeExcel(model);
      const lsgs = Array.from({ length: count }, (_, i) => ({
        oblast: "Ошская область",
        district: `Район ${Math.floor(i / 20)}`,
        lsg: `Айыл өкмөтү ${i}`,
        soate: null,
      }));
      const layout = newRoundLayout(lsgs, { round: "2025", lang: "ru", raters: 2 });
      const done = await hostFor(excel).prepareRound(layout);
      expect(done).toEqual({ sheet: "Раунд 2025", rows: count });
      expect(excel.metrics.syncs).toBe(2);
      expect(excel.metrics.largestRequest).toBeLessThan(5 * 1024 * 1024);
      const sheet = model.sheetByName("Раунд 2025")!;
      // The round label stays text (written with an apostrophe, as every name is).
      expect(sheet.valueAt(layout.title.length + 2, 3)).toBe("2025");
      expect(model.dataValidations.map((v) => v.area.bottom - v.area.top + 1)).toEqual([
        count,
        count,
      ]);
    }
  });
});
