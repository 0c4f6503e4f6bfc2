// dragoman: charts drawn with the plotly.js served from the installed plotly package.
// Data come from the page's data-values attribute (JSON, escaped by the template).
"use strict";

const CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["toImage"] };
const LAYOUT = {
  margin: { t: 24, r: 16, b: 48, l: 56 },
  font: { family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size: 12 },
  paper_bgcolor: "rgba(0,0,0,0)",
  plot_bgcolor: "rgba(0,0,0,0)",
  legend: { orientation: "h", y: -0.2 },
};

// Days, or weeks (from Monday) over long spans, or months over very long ones.
function bucketOf(days) {
  const span = days.length < 2 ? 0 : (Date.parse(days[days.length - 1]) - Date.parse(days[0])) / 86400000;
  if (span > 3 * 365) return ["per month", (day) => day.slice(0, 7) + "-01"];
  if (span > 120) {
    return ["per week", (day) => {
      const date = new Date(day + "T00:00:00Z");
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      return date.toISOString().slice(0, 10);
    }];
  }
  return ["per day", (day) => day];
}

function activityChart(el, data) {
  const [unit, bucket] = bucketOf(data.days);
  const keys = [...new Set(data.days.map(bucket))];
  const index = new Map(keys.map((key, i) => [key, i]));
  const traces = Object.keys(data.series).map((name) => {
    const y = new Array(keys.length).fill(0);
    data.days.forEach((day, i) => { y[index.get(bucket(day))] += data.series[name][i]; });
    return name === "articles"
      ? { type: "scatter", mode: "markers", name: "articles published", x: keys, y: y,
          marker: { size: 8, color: "#1f3a5f", symbol: "diamond" } }
      : { type: "bar", name: name + " first reported", x: keys, y: y };
  });
  Plotly.newPlot(el, traces, Object.assign({}, LAYOUT, { barmode: "stack", height: 320,
    xaxis: { type: "date" }, yaxis: { title: { text: unit } } }), CONFIG);
}

function dealChart(el, rows) {
  // One bar per country (largest first, at most 20), stacked by commodity; value in the currency
  // with the most money, so countries whose deals state no value in it are left out of the chart.
  const byCurrency = {};
  for (const row of rows) {
    for (const [cur, amount] of Object.entries(row.values)) byCurrency[cur] = (byCurrency[cur] || 0) + amount;
  }
  const currency = Object.keys(byCurrency).sort((a, b) => byCurrency[b] - byCurrency[a])[0];
  const measure = currency ? (row) => row.values[currency] || 0 : (row) => row.deals;
  const shown = rows.filter((row) => measure(row) > 0);
  const totals = new Map();
  for (const row of shown) {
    const country = row.country || "unknown";
    totals.set(country, (totals.get(country) || 0) + measure(row));
  }
  const countries = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a)).slice(0, 20);
  const commodities = [...new Set(shown.map((r) => r.commodity || "unspecified"))];
  // Horizontal bars, largest on top: a bar keeps its thickness however few countries there are.
  const traces = commodities.slice(0, 12).map((commodity) => ({
    type: "bar",
    orientation: "h",
    name: commodity,
    y: countries,
    x: countries.map((country) => shown
      .filter((r) => (r.country || "unknown") === country && (r.commodity || "unspecified") === commodity)
      .reduce((sum, r) => sum + measure(r), 0)),
  }));
  Plotly.newPlot(el, traces, Object.assign({}, LAYOUT, {
    barmode: "stack", height: 130 + 34 * Math.max(countries.length, 2), bargap: countries.length < 3 ? 0.5 : 0.35,
    legend: { orientation: "h", x: 0, y: 1.0, yanchor: "bottom" }, margin: { t: 40, r: 16, b: 48, l: 56 },
    xaxis: { title: { text: currency ? "value (" + currency + ")" : "deals" } },
    yaxis: { autorange: "reversed", automargin: true },
  }), CONFIG);
}

document.addEventListener("DOMContentLoaded", () => {
  if (typeof Plotly === "undefined") return;
  for (const el of document.querySelectorAll("[data-chart]")) {
    const data = JSON.parse(el.dataset.values);
    if (el.dataset.chart === "activity") activityChart(el, data);
    if (el.dataset.chart === "deals") dealChart(el, data);
  }
});
