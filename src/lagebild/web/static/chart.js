// Events per day by type as a stacked bar chart in inline SVG.
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
// The 16 PLOVER event types, from cooperation to violence, each with its own
// colour (dark enough for white badge text); other types get a hashed grey-blue.
const TYPE_COLORS = {
  AGREE: "#1b7837", CONSULT: "#267349", SUPPORT: "#3a7d8c", CONCEDE: "#4f6d7a",
  COOPERATE: "#1f5fbf", AID: "#0b7285", RETREAT: "#6c5ce7", REQUEST: "#5f3dc4",
  ACCUSE: "#8a6400", REJECT: "#a0522d", THREATEN: "#b53d0c", PROTEST: "#c2255c",
  SANCTION: "#862e9c", MOBILIZE: "#7f5539", COERCE: "#c92a2a", ASSAULT: "#7a0c0c",
};
const OTHER = ["#495057", "#5c677d", "#3d5a80", "#6d597a", "#52796f"];

/** A stable colour for an event type. */
export function typeColor(type) {
  if (TYPE_COLORS[type]) return TYPE_COLORS[type];
  let hash = 0;
  for (const ch of type) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return OTHER[hash % OTHER.length];
}

export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const child of children) el.append(child);
  return el;
}

function dayRange(first, last) {
  const days = [];
  const end = new Date(`${last}T00:00:00Z`);
  for (let d = new Date(`${first}T00:00:00Z`); d <= end && days.length < 5000;
    d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  return days;
}

/** Draws rows [{day, type, count}] as stacked bars; returns an element. */
export function timelineChart(rows, onDay) {
  const wrap = document.createElement("div");
  wrap.className = "chart";
  if (!rows.length) { wrap.textContent = t("none"); return wrap; }
  const byDay = new Map();
  const types = [...new Set(rows.map((r) => r.type))].sort();
  for (const r of rows) {
    if (!byDay.has(r.day)) byDay.set(r.day, {});
    byDay.get(r.day)[r.type] = r.count;
  }
  const sorted = [...byDay.keys()].sort();
  const days = dayRange(sorted[0], sorted[sorted.length - 1]);
  // A few days would make bars as wide as the chart: show at least two weeks.
  while (days.length < 14) {
    const before = new Date(`${days[0]}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    days.unshift(before.toISOString().slice(0, 10));
    if (days.length < 14) {
      const after = new Date(`${days[days.length - 1]}T00:00:00Z`);
      after.setUTCDate(after.getUTCDate() + 1);
      days.push(after.toISOString().slice(0, 10));
    }
  }
  const max = Math.max(...[...byDay.values()].map((c) => Object.values(c).reduce((a, b) => a + b, 0)));
  const width = 900, height = 260, left = 40, bottom = 28, top = 10;
  const plotW = width - left - 10, plotH = height - bottom - top;
  const step = plotW / days.length;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": t("timeline.title") });
  const axis = svg("g", { class: "axis" });
  for (const tick of [0, Math.ceil(max / 2), max]) {
    const y = top + plotH - (tick / max) * plotH;
    axis.append(svg("line", { x1: left - 4, x2: width - 10, y1: y, y2: y, "stroke-opacity": 0.25 }));
    const label = svg("text", { x: left - 6, y: y + 4, "text-anchor": "end" });
    label.textContent = String(tick);
    axis.append(label);
  }
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  days.forEach((day, i) => {
    if (i % labelEvery) return;
    const label = svg("text", { x: left + i * step + step / 2, y: height - 8, "text-anchor": "middle" });
    label.textContent = day;
    axis.append(label);
  });
  chart.append(axis);
  days.forEach((day, i) => {
    const counts = byDay.get(day);
    if (!counts) return;
    let y = top + plotH;
    for (const type of types) {
      const n = counts[type] || 0;
      if (!n) continue;
      const h = (n / max) * plotH;
      y -= h;
      const bar = svg("rect", { x: left + i * step + step * 0.1, y, width: Math.max(step * 0.8, 0.8),
        height: h, fill: typeColor(type), "data-day": day, "data-type": type });
      const title = svg("title");
      title.textContent = t("timeline.bar", day, n, type);
      bar.append(title);
      if (onDay) bar.addEventListener("click", () => onDay(day, type));
      chart.append(bar);
    }
  });
  wrap.append(chart);
  const legend = document.createElement("ul");
  legend.className = "legend";
  for (const type of types) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = typeColor(type);
    item.append(swatch, type);
    legend.append(item);
  }
  wrap.append(legend);
  return wrap;
}
