import { analyse, CATEGORY_COLOURS, scorecardsLayout } from "../../src/report";
import { CHART_PREFIX } from "../../src/report/chartSpecs";
import { readAssessmentTable } from "../../src/sheets";
import { sampleHost } from "../support/fakeWorkbooks";

// The pane's printable scorecards on the in-memory Excel: one native chart per card, bound to the
// card's cells, replaced (not duplicated) when the cards are refreshed.

async function setUp() {
  const { excel, host } = sampleHost();
  const source = (await host.readSource())!;
  const report = analyse(readAssessmentTable(source.grid), "en");
  return { excel, host, source, report };
}

describe("scorecards with a picture, from the pane", () => {
  it("adds one clustered bar chart per card, over its rows, bound to the card's small table", async () => {
    const { excel, host, source, report } = await setUp();
    const { sheet: name, cards } = await host.makeScorecards(source, report, "en");
    expect(cards).toBe(40);
    const sheet = excel.model.sheetByName(name)!;
    const charts = excel.model.charts.filter((c) => c.sheetId === sheet.id);
    expect(charts).toHaveLength(40);
    const layout = scorecardsLayout(report, "en");
    charts.forEach((chart, i) => {
      const { table, position } = layout.charts[i];
      expect(chart).toMatchObject({
        name: `${CHART_PREFIX}scorecard.${i + 1}`,
        type: "BarClustered",
        seriesBy: "Rows",
        source: { top: table.top, bottom: table.bottom, left: 0, right: 3 },
        position: { start: `A${position.top + 1}`, end: `D${position.bottom + 1}` },
      });
    });
    // Hand-checked from the sample: Теплоключенский АО scored 2, 1, 0 in 2019; the means of the
    // 19 scored LSGs of Issyk-Kul and of all 39 scored.
    expect(excel.model.chartSeries(charts[0])).toEqual([
      {
        name: "Теплоключенский АО",
        categories: ["Documents", "Mechanism", "Budget"],
        values: [2, 1, 0],
      },
      {
        name: "Oblast mean",
        categories: ["Documents", "Mechanism", "Budget"],
        values: [1.95, 0.84, 0.42],
      },
      {
        name: "Mean of all LSGs",
        categories: ["Documents", "Mechanism", "Budget"],
        values: [1.9, 0.74, 0.51],
      },
    ]);
    expect(charts[0].title).toBe("Scores against the oblast and all LSGs");
  });

  it("fills each card's category cell with the category's colour, as the result columns use", async () => {
    const { excel, host, source, report } = await setUp();
    const { sheet: name } = await host.makeScorecards(source, report, "en");
    const sheet = excel.model.sheetByName(name)!;
    const fills = scorecardsLayout(report, "en").categoryCells.map(
      ({ row }) => `${sheet.cell(row, 1)?.value}: ${sheet.cell(row, 1)?.fill ?? "none"}`
    );
    expect(fills.filter((f) => f.startsWith("gender-addressing policy: "))).toEqual(
      Array(25).fill(`gender-addressing policy: ${CATEGORY_COLOURS.addressing.fill}`)
    );
    expect(fills.filter((f) => f.startsWith("gender-blind policy: "))).toEqual(
      Array(11).fill(`gender-blind policy: ${CATEGORY_COLOURS.blind.fill}`)
    );
    expect(fills.filter((f) => f.startsWith("gender-positive policy: "))).toEqual(
      Array(3).fill(`gender-positive policy: ${CATEGORY_COLOURS.positive.fill}`)
    );
  });

  it("replaces its charts on refresh, in the same number of round trips, and leaves the user's own", async () => {
    const { excel, host, source, report } = await setUp();
    const first = excel.metrics.syncs;
    const { sheet: name } = await host.makeScorecards(source, report, "en");
    const firstRun = excel.metrics.syncs - first;
    const sheet = excel.model.sheetByName(name)!;
    // The user adds a chart of their own on the cards sheet.
    excel.model.charts.push({
      id: "user-chart",
      name: "My chart",
      type: "ColumnClustered",
      sheetId: sheet.id,
      source: { top: 0, left: 0, bottom: 3, right: 3 },
      seriesBy: "Columns",
      title: "",
      position: null,
    });
    const before = excel.metrics.syncs;
    await host.makeScorecards(source, analyse(readAssessmentTable(source.grid), "ru"), "ru");
    expect(excel.metrics.syncs - before).toBe(firstRun);
    const charts = excel.model.charts.filter((c) => c.sheetId === sheet.id);
    expect(charts).toHaveLength(41);
    expect(charts.filter((c) => c.name === "My chart")).toHaveLength(1);
    const ours = charts.filter((c) => c.name.startsWith(CHART_PREFIX));
    expect(new Set(ours.map((c) => c.name)).size).toBe(40);
    expect(ours.map((c) => c.title)).toEqual(
      Array(40).fill("Баллы в сравнении с областью и всеми ОМСУ")
    );
    expect(excel.model.chartSeries(ours[0]).map((s) => s.name)).toEqual([
      "Теплоключенский АО",
      "Среднее по области",
      "Среднее по всем ОМСУ",
    ]);
  });
});
