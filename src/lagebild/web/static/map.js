// World map: Natural Earth countries (TopoJSON from world-atlas, decoded here)
// in an equirectangular projection, with event places as circles. No tiles.
import { svg } from "./chart.js";
import { t } from "./i18n.js";

let world = null;

/** Decodes TopoJSON arcs (quantized, delta-encoded) into lon/lat rings. */
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

function ringPath(arcs, indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  // Rings that cross the antimeridian (Russia, Fiji) would jump across the
  // whole map: keep longitudes continuous instead (the overhang is clipped).
  let shift = 0;
  let previous = null;
  const out = points.map(([lon, lat]) => {
    if (previous !== null) {
      const step = lon + shift - previous;
      if (step > 180) shift -= 360; else if (step < -180) shift += 360;
    }
    previous = lon + shift;
    return `${(previous + 180).toFixed(2)},${(90 - lat).toFixed(2)}`;
  });
  return `M${out.join("L")}Z`;
}

async function loadWorld() {
  if (world) return world;
  const response = await fetch("/static/vendor/world-atlas/countries-50m.json");
  const topology = await response.json();
  const arcs = decodeArcs(topology);
  world = topology.objects.countries.geometries.map((geometry) => {
    const polygons = geometry.type === "Polygon" ? [geometry.arcs]
      : geometry.type === "MultiPolygon" ? geometry.arcs : [];
    const d = polygons.map((rings) => rings.map((ring) => ringPath(arcs, ring)).join("")).join("");
    return { name: geometry.properties?.name || "", d };
  });
  return world;
}

function fitBox(places) {
  if (!places.length) return [0, 0, 360, 180];
  const xs = places.map((p) => p.longitude + 180);
  const ys = places.map((p) => 90 - p.latitude);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = Math.max(4, (x1 - x0) * 0.15, (y1 - y0) * 0.15);
  x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
  // keep the 2:1 shape of the whole map
  const w = Math.max(x1 - x0, (y1 - y0) * 2), h = w / 2;
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  return [cx - w / 2, cy - h / 2, w, h];
}

/** Draws places [{location_name, latitude, longitude, count}]; onPlace(place) on choice. */
export async function eventMap(places, onPlace) {
  const wrap = document.createElement("div");
  wrap.className = "map";
  const countries = await loadWorld();
  const box = fitBox(places);
  const chart = svg("svg", { viewBox: box.join(" "), role: "img", "aria-label": t("map.title") });
  const land = svg("g");
  for (const country of countries) {
    const path = svg("path", { d: country.d, class: "country" });
    const title = svg("title");
    title.textContent = country.name;
    path.append(title);
    land.append(path);
  }
  chart.append(land);
  const max = Math.max(1, ...places.map((p) => p.count));
  const scale = box[2] / 360;
  for (const place of places) {
    const r = (1.2 + 5 * Math.sqrt(place.count / max)) * scale;
    const dot = svg("circle", { cx: place.longitude + 180, cy: 90 - place.latitude, r,
      tabindex: 0, role: "link", "data-place": place.location_name || "" });
    const title = svg("title");
    title.textContent = t("map.point", place.location_name || "?", place.count);
    dot.append(title);
    dot.setAttribute("aria-label", title.textContent);
    const choose = () => onPlace(place);
    dot.addEventListener("click", choose);
    dot.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(); } });
    chart.append(dot);
  }
  const controls = document.createElement("p");
  const whole = document.createElement("button");
  whole.type = "button";
  whole.textContent = t("map.world");
  whole.addEventListener("click", () => chart.setAttribute("viewBox", "0 0 360 180"));
  const fit = document.createElement("button");
  fit.type = "button";
  fit.textContent = t("map.fit");
  fit.addEventListener("click", () => chart.setAttribute("viewBox", box.join(" ")));
  controls.append(whole, " ", fit);
  wrap.append(controls, chart);
  if (!places.length) {
    const none = document.createElement("p");
    none.textContent = t("map.none");
    wrap.append(none);
  }
  return wrap;
}
