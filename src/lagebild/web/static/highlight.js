// Highlighting records in a document's text, generically: any list of records
// with numeric start/end is a layer, and any field of an event that carries
// offsets (at any depth) is evidence for that field. Record kinds added to the
// JSON later show up without changes here.

const NOT_LAYERS = new Set(["sentences", "events"]);

function hasOffsets(value) {
  return value !== null && typeof value === "object" && Number.isInteger(value.start)
    && Number.isInteger(value.end) && value.end > value.start;
}

/** Layers of a document: {name: [{start, end, label, record}]} for every list of records with offsets. */
export function recordLayers(result) {
  const layers = {};
  for (const [name, value] of Object.entries(result)) {
    if (NOT_LAYERS.has(name) || !Array.isArray(value)) continue;
    const spans = value.filter(hasOffsets).map((record) => ({
      start: record.start, end: record.end, record,
      label: record.label || record.kind || record.category || record.type || "",
    }));
    if (spans.length) layers[name] = spans;
  }
  return layers;
}

/**
 * Evidence of an event: [{field, start, end, path}] for every object with
 * offsets inside it; `field` is the top-level key (sources, date, ...).
 */
export function eventEvidence(event) {
  const found = [];
  const walk = (value, field, path) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, field, `${path}[${i}]`));
      return;
    }
    if (value === null || typeof value !== "object") return;
    if (hasOffsets(value)) found.push({ field, start: value.start, end: value.end, path });
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== null && typeof inner === "object") walk(inner, field, `${path}.${key}`);
    }
  };
  for (const [field, value] of Object.entries(event)) {
    if (value !== null && typeof value === "object") walk(value, field, field);
  }
  return found;
}

/**
 * Splits text at every span boundary and returns segments
 * [{start, end, spans: [...]}] with the spans covering each segment.
 */
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    out.push({ start, end, spans: spans.filter((s) => s.start <= start && s.end >= end) });
  }
  return out;
}
