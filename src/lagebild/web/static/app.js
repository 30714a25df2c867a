// lagebild web UI: a hash-routed single page over /api/v1. Plain DOM, no framework.
import { applyStatic, formatNumber, has, lang, setLang, t } from "./i18n.js";
import { eventEvidence, recordLayers, segments } from "./highlight.js";
import { timelineChart, typeColor } from "./chart.js";
import { eventMap } from "./map.js";

const API = "/api/v1";
const PAGE = 50;
const EVENT_FILTERS = ["type", "actor", "place", "country", "outlet", "since", "until", "q"];
const view = document.getElementById("view");
// Record layers with a style of their own in app.css; others are drawn alike.
const STYLED_LAYERS = ["entities", "times", "quantities", "quotes", "roles", "places", "attributions"];
const status = document.querySelector(".status");

// DOM helpers ------------------------------------------------------------------

/** Builds an element; attrs starting with "on" are listeners; children may be strings. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) el.append(child);
  }
  return el;
}

function link(href, text) { return h("a", { href }, text); }

function typeBadge(type) {
  const badge = h("span", { class: "type" }, type);
  badge.style.background = typeColor(type);
  return badge;
}

function say(message, isError = false) {
  status.textContent = message;
  status.classList.toggle("error", isError);
}

async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) query.set(k, v);
  const url = `${API}${path}${query.toString() ? `?${query}` : ""}`;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message || response.statusText);
  return body;
}

// Routing ------------------------------------------------------------------------

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { parts, params: Object.fromEntries(new URLSearchParams(query)) };
}

function go(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  location.hash = `#/${path}${query.toString() ? `?${query}` : ""}`;
}

const ROUTES = {
  events: eventsView, timeline: timelineView, map: mapView, actors: actorsView,
  documents: documentsView, quotes: quotesView,
};

let routing = 0;

async function route() {
  const mine = ++routing;  // a later navigation wins over a slower earlier one
  const shown = location.hash;
  view.setAttribute("aria-busy", "true");
  const { parts, params } = parseHash();
  const name = ROUTES[parts[0]] ? parts[0] : "events";
  for (const a of document.querySelectorAll("nav a")) {
    if (a.dataset.route === name) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  say(t("loading"));
  try {
    const content = await ROUTES[name](parts.slice(1), params);
    if (mine !== routing) return;
    view.replaceChildren(content);
    say("");
  } catch (error) {
    if (mine !== routing) return;
    say(t("error", error.message), true);
  }
  // Tells readers (and tests) which address the finished view belongs to: the
  // hashchange event arrives after location.hash has already changed.
  view.dataset.hash = shown;
  view.setAttribute("aria-busy", "false");
}

// Filters --------------------------------------------------------------------------

let facets = null;

async function loadFacets() {
  if (!facets) facets = await get("/events/facets");
  return facets;
}

function select(name, values, current) {
  return h("select", { name },
    h("option", { value: "" }, t("filter.any")),
    values.map((f) => h("option", { value: f.value, selected: f.value === current },
      `${f.value} (${formatNumber(f.count)})`)));
}

async function filterForm(params, target) {
  const f = await loadFacets();
  const field = (name, control) => h("label", {}, t(`filter.${name}`), control);
  const input = (name, type = "text", extra = {}) =>
    h("input", { name, type, value: params[name] || "", ...extra });
  const form = h("form", { class: "filters", role: "search", "aria-label": t(`${target}.title`) },
    field("type", select("type", f.types, params.type)),
    field("actor", input("actor", "text", { list: "actor-list", autocomplete: "off" })),
    field("place", input("place", "text", { list: "place-list", autocomplete: "off" })),
    field("country", select("country", f.countries, params.country)),
    field("outlet", select("outlet", f.outlets, params.outlet)),
    field("since", input("since", "date")),
    field("until", input("until", "date")),
    field("q", input("q", "search")),
    h("div", { class: "actions" },
      h("button", { type: "submit" }, t("filter.apply")),
      h("button", { type: "button", onclick: () => go(target) }, t("filter.reset"))),
    h("datalist", { id: "place-list" }, f.places.map((p) => h("option", { value: p.value }))),
    h("datalist", { id: "actor-list" }));
  get("/actors", { limit: 200 }).then((actors) => {
    form.querySelector("#actor-list").append(
      ...actors.items.map((a) => h("option", { value: a.id }, a.name)));
  }).catch(() => {});
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    go(target, Object.fromEntries(EVENT_FILTERS.map((k) => [k, (data[k] || "").trim()])));
  });
  return form;
}

/** A one-field search form that navigates to route?q=... */
function searchForm(label, target, value) {
  const form = h("form", { class: "filters", role: "search" },
    h("label", {}, t(label), h("input", { name: "q", type: "search", value: value || "" })),
    h("div", { class: "actions" }, h("button", { type: "submit" }, t("filter.apply"))));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    go(target, { q: new FormData(form).get("q").trim() });
  });
  return form;
}

function pick(params, keys) {
  return Object.fromEntries(keys.filter((k) => params[k]).map((k) => [k, params[k]]));
}

// Events ----------------------------------------------------------------------------

function actorNames(actors) {
  return actors.map((a) => a.name).join(", ");
}

function eventTable(items) {
  if (!items.length) return h("p", {}, t("none"));
  const head = ["day", "type", "sources", "targets", "place", "document", "confidence"];
  return h("table", { class: "data events-table" },
    h("thead", {}, h("tr", {}, head.map((c) => h("th", { scope: "col" }, t(`col.${c}`))))),
    h("tbody", {}, items.map((item) => h("tr", { "data-event-id": item.id },
      h("td", {}, item.day || ""),
      h("td", {}, typeBadge(item.type)),
      h("td", {}, actorNames(item.event.sources)),
      h("td", {}, actorNames(item.event.targets)),
      h("td", {}, item.location_name ? link(`#/events?place=${encodeURIComponent(item.location_name)}`,
        item.location_name) : ""),
      h("td", {}, link(`#/documents/${encodeURIComponent(item.doc_id)}?event=${item.idx}`,
        item.document.title || item.document.source || item.doc_id.slice(0, 12)),
        item.document.outlet ? h("span", { class: "muted" }, ` · ${item.document.outlet}`) : ""),
      h("td", { class: "num" }, item.confidence.toFixed(2))))));
}

function pager(offset, limit, total, onPage) {
  const last = Math.min(offset + limit, total);
  return h("nav", { class: "pager", "aria-label": t("pages") },
    h("button", { type: "button", disabled: offset <= 0, onclick: () => onPage(Math.max(0, offset - limit)) },
      t("prev")),
    h("span", { class: "count" }, t("events.count", formatNumber(total ? offset + 1 : 0),
      formatNumber(last), formatNumber(total))),
    h("button", { type: "button", disabled: last >= total, onclick: () => onPage(offset + limit) },
      t("next")));
}

async function eventsView(_, params) {
  const offset = Number(params.offset || 0);
  const filters = pick(params, EVENT_FILTERS);
  const [form, page] = await Promise.all([
    filterForm(params, "events"),
    get("/events", { ...filters, limit: PAGE, offset }),
  ]);
  const onPage = (o) => go("events", { ...filters, offset: o || "" });
  return h("section", {},
    h("h1", {}, t("events.title")), form,
    pager(offset, PAGE, page.total, onPage), eventTable(page.items),
    page.items.length > 10 ? pager(offset, PAGE, page.total, onPage) : "");
}

async function timelineView(_, params) {
  const filters = pick(params, EVENT_FILTERS);
  const [form, data] = await Promise.all([filterForm(params, "timeline"),
    get("/events/timeline", filters)]);
  const chart = timelineChart(data.days, (day, type) =>
    go("events", { ...filters, since: day, until: day, type }));
  const table = h("details", { class: "data-table" }, h("summary", {}, t("timeline.table")),
    h("table", { class: "data" },
      h("thead", {}, h("tr", {}, ["day", "type", "count"].map((c) => h("th", { scope: "col" }, t(`col.${c}`))))),
      h("tbody", {}, data.days.map((d) => h("tr", {}, h("td", {}, d.day), h("td", {}, d.type),
        h("td", { class: "num" }, String(d.count)))))));
  return h("section", {}, h("h1", {}, t("timeline.title")), form, chart, table);
}

async function mapView(_, params) {
  const filters = pick(params, EVENT_FILTERS);
  const [form, data] = await Promise.all([filterForm(params, "map"),
    get("/events/places", filters)]);
  const map = await eventMap(data.places, (place) =>
    go("events", { ...filters, place: place.location_name }));
  const table = h("details", { class: "data-table" }, h("summary", {}, t("map.table")),
    h("table", { class: "data" },
      h("thead", {}, h("tr", {}, ["place", "country", "count"].map((c) =>
        h("th", { scope: "col" }, has(`col.${c}`) ? t(`col.${c}`) : t(`filter.${c}`))))),
      h("tbody", {}, data.places.map((p) => h("tr", {},
        h("td", {}, link(`#/events?place=${encodeURIComponent(p.location_name || "")}`, p.location_name || "?")),
        h("td", {}, p.country_code || ""), h("td", { class: "num" }, String(p.count)))))));
  return h("section", {}, h("h1", {}, t("map.title")), form, map, table);
}

// Actors ------------------------------------------------------------------------------

async function actorsView(parts, params) {
  if (parts.length) return actorView(parts[0]);
  const offset = Number(params.offset || 0);
  const page = await get("/actors", { q: params.q, limit: PAGE, offset });
  const form = searchForm("actors.search", "actors", params.q);
  const cols = ["name", "events", "as_source", "as_target", "documents"];
  return h("section", {}, h("h1", {}, t("actors.title")), form,
    h("table", { class: "data" },
      h("thead", {}, h("tr", {}, cols.map((c) => h("th", { scope: "col" }, t(`col.${c}`))))),
      h("tbody", {}, page.items.map((a) => h("tr", {},
        h("td", {}, link(`#/actors/${encodeURIComponent(a.id)}`, a.name),
          a.kb_id ? h("span", { class: "muted" }, ` ${a.kb_id}`) : ""),
        ...cols.slice(1).map((c) => h("td", { class: "num" }, formatNumber(a[c]))))))),
    pager(offset, PAGE, page.total, (o) => go("actors", { q: params.q, offset: o || "" })));
}

async function actorView(id) {
  const [actor, recent] = await Promise.all([get(`/actors/${encodeURIComponent(id)}`),
    get("/events", { actor: id, limit: 20 })]);
  const chart = timelineChart(actor.timeline, (day, type) =>
    go("events", { actor: id, since: day, until: day, type }));
  return h("section", { class: "actor" },
    h("h1", {}, actor.name, actor.kb_ids.length ? h("span", { class: "muted" }, ` (${actor.kb_ids.join(", ")})`) : ""),
    h("p", {}, t("actor.counts", formatNumber(actor.events), formatNumber(actor.as_source),
      formatNumber(actor.as_target), formatNumber(actor.mentions)), " ",
    link(`#/events?actor=${encodeURIComponent(id)}`, t("nav.events"))),
    h("div", { class: "cols" },
      h("div", {}, h("h2", {}, t("actor.names")),
        h("ul", {}, actor.names.map((n) => h("li", {}, `${n.name} (${n.count})`)))),
      h("div", {}, h("h2", {}, t("actor.co")),
        h("ul", { class: "co-actors" }, actor.co_actors.map((c) => h("li", {},
          link(`#/actors/${encodeURIComponent(c.id)}`, c.name), ` (${c.events})`))))),
    h("h2", {}, t("actor.timeline")), chart,
    h("h2", {}, t("actor.recent")), eventTable(recent.items));
}

// Documents ------------------------------------------------------------------------------

function snippet(parts) {
  return h("p", { class: "snippet muted" }, parts.map((p) => (p.match ? h("mark", {}, p.text) : p.text)));
}

async function documentsView(parts, params) {
  if (parts.length) return documentView(parts[0], params);
  const offset = Number(params.offset || 0);
  const page = await get("/documents", { q: params.q, limit: PAGE, offset });
  const form = searchForm("documents.search", "documents", params.q);
  const cols = ["published", "title", "outlet", "language"];
  return h("section", {}, h("h1", {}, t("documents.title")), form,
    h("p", {}, t("documents.count", formatNumber(page.total))),
    h("table", { class: "data documents-table" },
      h("thead", {}, h("tr", {}, cols.map((c) => h("th", { scope: "col" }, t(`col.${c}`))))),
      h("tbody", {}, page.items.map((d) => h("tr", {},
        h("td", {}, d.published || ""),
        h("td", {}, link(`#/documents/${encodeURIComponent(d.id)}`, d.title || d.source || d.id.slice(0, 12)),
          d.snippet ? snippet(d.snippet) : "",
          d.status === "rejected" ? h("p", { class: "muted" }, t("rejected", d.rejection)) : ""),
        h("td", {}, d.outlet || ""), h("td", {}, d.language || ""))))),
    pager(offset, PAGE, page.total, (o) => go("documents", { q: params.q, offset: o || "" })));
}

function layerLabel(name) { return has(`layer.${name}`) ? t(`layer.${name}`) : name; }
function fieldLabel(name) { return has(`field.${name}`) ? t(`field.${name}`) : name.replace(/_/g, " "); }

/** The text with record layers and the chosen event's evidence as marked-up spans. */
function renderText(text, layers, enabled, evidence) {
  const spans = [];
  for (const [name, list] of Object.entries(layers)) {
    if (!enabled.has(name)) continue;
    for (const s of list) spans.push({ ...s, layer: name });
  }
  for (const e of evidence) spans.push({ start: e.start, end: e.end, field: e.field });
  const out = h("div", { class: "doctext" });
  for (const seg of segments(text, spans)) {
    let node = document.createTextNode(text.slice(seg.start, seg.end));
    const layerSpans = seg.spans.filter((s) => s.layer);
    const fields = [...new Set(seg.spans.filter((s) => s.field).map((s) => s.field))];
    for (const s of layerSpans) {
      const known = STYLED_LAYERS.includes(s.layer);
      node = h("span", { class: `hl hl-${known ? s.layer : "other"} ${s.label}`,
        title: `${layerLabel(s.layer)}${s.label ? `: ${s.label}` : ""}`, "data-layer": s.layer }, node);
    }
    if (fields.length) {
      const main = fields.includes("evidence") && fields.length > 1
        ? fields.filter((f) => f !== "evidence") : fields;
      node = h("mark", { class: `ev ${main.map((f) => `ev-${f}`).join(" ")}`,
        "data-fields": fields.join(" "), title: fields.map(fieldLabel).join(", ") }, node);
    }
    out.append(node);
  }
  return out;
}

function eventSummary(event) {
  const who = actorNames(event.sources);
  const whom = actorNames(event.targets);
  const when = event.date?.value || "";
  const where = event.location?.name || "";
  return [who, whom && `→ ${whom}`, when && `· ${when}`, where && `· ${where}`].filter(Boolean).join(" ");
}

function fieldList(event, text) {
  const list = h("dl", { class: "fields" });
  const byField = new Map();
  for (const e of eventEvidence(event)) {
    if (!byField.has(e.field)) byField.set(e.field, []);
    byField.get(e.field).push(text.slice(e.start, e.end));
  }
  for (const [field, texts] of byField) {
    const swatch = h("mark", { class: `ev ev-${field}` }, fieldLabel(field));
    list.append(h("dt", {}, swatch),
      h("dd", {}, field === "evidence" ? `${texts[0].slice(0, 80)}${texts[0].length > 80 ? "…" : ""}` : texts.join("; ")));
  }
  list.append(h("dt", {}, t("col.type")), h("dd", {}, event.type + (event.mode ? ` (${event.mode})` : "")));
  list.append(h("dt", {}, t("field.modality")), h("dd", {}, event.modality));
  list.append(h("dt", {}, t("col.confidence")), h("dd", {}, String(event.confidence)));
  return list;
}

async function documentView(id, params) {
  const result = await get(`/documents/${encodeURIComponent(id)}`);
  const doc = result.document;
  const text = doc.text;
  const layers = recordLayers(result);
  const enabled = new Set(Object.keys(layers));
  let chosen = params.event !== undefined && result.events[Number(params.event)] ? Number(params.event) : null;
  const textBox = h("div");
  const fieldsBox = h("div", { "aria-live": "polite" });
  const draw = () => {
    const event = chosen === null ? null : result.events[chosen];
    textBox.replaceChildren(renderText(text, layers, enabled, event ? eventEvidence(event) : []));
    fieldsBox.replaceChildren(event ? h("div", {}, h("h2", {}, t("doc.fields")), fieldList(event, text))
      : h("p", { class: "muted" }, t("doc.choose")));
    for (const button of eventList.querySelectorAll("button")) {
      button.setAttribute("aria-pressed", String(Number(button.dataset.idx) === chosen));
    }
    if (event) textBox.querySelector("mark.ev")?.scrollIntoView({ block: "center", behavior: "instant" });
  };
  const layerBox = h("fieldset", { class: "layers" }, h("legend", {}, t("doc.layers")),
    Object.entries(layers).map(([name, list]) => h("label", {},
      h("input", { type: "checkbox", checked: true, name: `layer-${name}`,
        onchange: (e) => { if (e.target.checked) enabled.add(name); else enabled.delete(name); draw(); } }),
      " ", h("span", { class: `swatch hl-${STYLED_LAYERS.includes(name) ? name : "other"}` }),
      `${layerLabel(name)} (${list.length})`)));
  const eventList = h("ol", { class: "events" }, result.events.map((event, idx) => h("li", {},
    h("button", { type: "button", "data-idx": idx, "aria-pressed": "false",
      onclick: () => {
        chosen = chosen === idx ? null : idx;
        history.replaceState(null, "", `#/documents/${encodeURIComponent(id)}${chosen === null ? "" : `?event=${chosen}`}`);
        draw();
      } }, typeBadge(event.type), " ", eventSummary(event)))));
  const meta = [doc.outlet, doc.published && t("doc.published", doc.published), doc.language,
    doc.source].filter(Boolean).join(" · ");
  const page = h("section", {},
    h("h1", {}, doc.title || doc.source || doc.id),
    h("p", { class: "meta" }, meta),
    result.status === "rejected" ? h("p", { class: "status error" }, t("rejected", result.rejection)) : "",
    h("div", { class: "docview" },
      h("article", { lang: doc.language || "" }, textBox),
      h("aside", { class: "panel" }, layerBox,
        h("h2", {}, t("doc.events")),
        result.events.length ? eventList : h("p", {}, t("doc.noevents")),
        fieldsBox)));
  draw();
  return page;
}

// Quotes ---------------------------------------------------------------------------------

async function quotesView(_, params) {
  const offset = Number(params.offset || 0);
  const page = await get("/quotes", { q: params.q, limit: PAGE, offset });
  const form = searchForm("quotes.search", "quotes", params.q);
  const cols = ["quote", "speaker", "kind", "document"];
  return h("section", {}, h("h1", {}, t("quotes.title")), form,
    h("table", { class: "data" },
      h("thead", {}, h("tr", {}, cols.map((c) => h("th", { scope: "col" }, t(`col.${c}`))))),
      h("tbody", {}, page.items.map((q) => h("tr", {},
        h("td", {}, q.text), h("td", {}, q.speaker_text || ""), h("td", {}, q.kind),
        h("td", {}, link(`#/documents/${encodeURIComponent(q.doc_id)}`, q.title || q.doc_id.slice(0, 12))))))),
    pager(offset, PAGE, page.total, (o) => go("quotes", { q: params.q, offset: o || "" })));
}

// Start ------------------------------------------------------------------------------------

document.getElementById("lang").addEventListener("click", () => {
  setLang(lang === "de" ? "en" : "de");
  facets = null;
  route();
});
window.addEventListener("hashchange", route);
applyStatic();
route();
