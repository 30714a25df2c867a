// Labels in German and English. The language comes from the user's choice
// (kept in localStorage), else from the browser.
const STRINGS = {
  en: {
    "skip": "Skip to content", "nav": "Main", "lang.hint": "Switch language (Deutsch)",
    "nav.events": "Events", "nav.timeline": "Timeline", "nav.map": "Map",
    "nav.actors": "Actors", "nav.documents": "Documents", "nav.quotes": "Quotes",
    "loading": "Loading…", "error": "Could not load: {0}", "none": "Nothing found.",
    "filter.type": "Event type", "filter.actor": "Actor (id or name)", "filter.place": "Place",
    "filter.country": "Country", "filter.outlet": "Outlet", "filter.since": "From",
    "filter.until": "To", "filter.q": "Text search", "filter.any": "any",
    "filter.apply": "Apply", "filter.reset": "Reset",
    "events.title": "Events", "events.count": "{0}–{1} of {2} events",
    "col.day": "Day", "col.type": "Type", "col.sources": "Who", "col.targets": "To whom",
    "col.place": "Where", "col.document": "Report", "col.confidence": "Conf.",
    "col.name": "Name", "col.events": "Events", "col.as_source": "as actor",
    "col.as_target": "as target", "col.documents": "Reports", "col.count": "Count",
    "col.published": "Published", "col.language": "Lang.", "col.outlet": "Outlet",
    "col.title": "Title", "col.quote": "Quote", "col.speaker": "Speaker", "col.kind": "Kind",
    "prev": "Previous", "next": "Next", "open": "open", "pages": "Pages",
    "timeline.title": "Events per day", "timeline.table": "The numbers as a table",
    "timeline.bar": "{0}: {1} × {2}",
    "map.title": "Where events happened", "map.world": "Whole world", "map.fit": "Fit to events",
    "map.point": "{0}: {1} events", "map.none": "No event has coordinates.",
    "map.table": "The places as a table",
    "actors.title": "Actors", "actors.search": "Search actors",
    "actor.names": "Names", "actor.co": "Acting together with", "actor.timeline": "Events over time",
    "actor.recent": "Latest events", "actor.counts": "{0} events ({1} as actor, {2} as target), {3} mentions",
    "documents.title": "Documents", "documents.search": "Search the reports",
    "documents.count": "{0} documents",
    "quotes.title": "Quotes", "quotes.search": "Search quotes and speakers",
    "doc.layers": "Highlight", "doc.events": "Events in this report",
    "doc.noevents": "No events found in this report.",
    "doc.fields": "Evidence of the chosen event", "doc.choose": "Choose an event to see the words behind each of its fields.",
    "doc.published": "published {0}", "doc.source": "source",
    "layer.entities": "Entities", "layer.times": "Times", "layer.quantities": "Quantities",
    "layer.quotes": "Quotes", "layer.roles": "Roles", "layer.places": "Places",
    "layer.attributions": "Attributions",
    "field.evidence": "evidence", "field.sources": "who", "field.targets": "to whom",
    "field.date": "when", "field.location": "where", "field.quantities": "how many",
    "field.reported_by": "according to", "field.modality": "modality",
    "rejected": "Rejected: {0}",
  },
  de: {
    "skip": "Zum Inhalt springen", "nav": "Hauptnavigation", "lang.hint": "Sprache wechseln (English)",
    "nav.events": "Ereignisse", "nav.timeline": "Zeitleiste", "nav.map": "Karte",
    "nav.actors": "Akteure", "nav.documents": "Dokumente", "nav.quotes": "Zitate",
    "loading": "Lädt …", "error": "Konnte nicht laden: {0}", "none": "Nichts gefunden.",
    "filter.type": "Ereignistyp", "filter.actor": "Akteur (ID oder Name)", "filter.place": "Ort",
    "filter.country": "Land", "filter.outlet": "Medium", "filter.since": "Von",
    "filter.until": "Bis", "filter.q": "Volltextsuche", "filter.any": "alle",
    "filter.apply": "Anwenden", "filter.reset": "Zurücksetzen",
    "events.title": "Ereignisse", "events.count": "{0}–{1} von {2} Ereignissen",
    "col.day": "Tag", "col.type": "Typ", "col.sources": "Wer", "col.targets": "Gegen/mit wem",
    "col.place": "Wo", "col.document": "Bericht", "col.confidence": "Konf.",
    "col.name": "Name", "col.events": "Ereignisse", "col.as_source": "als Akteur",
    "col.as_target": "als Ziel", "col.documents": "Berichte", "col.count": "Anzahl",
    "col.published": "Erschienen", "col.language": "Spr.", "col.outlet": "Medium",
    "col.title": "Titel", "col.quote": "Zitat", "col.speaker": "Sprecher", "col.kind": "Art",
    "prev": "Zurück", "next": "Weiter", "open": "öffnen", "pages": "Seiten",
    "timeline.title": "Ereignisse pro Tag", "timeline.table": "Die Zahlen als Tabelle",
    "timeline.bar": "{0}: {1} × {2}",
    "map.title": "Wo Ereignisse stattfanden", "map.world": "Ganze Welt", "map.fit": "Auf Ereignisse zoomen",
    "map.point": "{0}: {1} Ereignisse", "map.none": "Kein Ereignis hat Koordinaten.",
    "map.table": "Die Orte als Tabelle",
    "actors.title": "Akteure", "actors.search": "Akteure suchen",
    "actor.names": "Namen", "actor.co": "Gemeinsam mit", "actor.timeline": "Ereignisse im Zeitverlauf",
    "actor.recent": "Neueste Ereignisse", "actor.counts": "{0} Ereignisse ({1} als Akteur, {2} als Ziel), {3} Erwähnungen",
    "documents.title": "Dokumente", "documents.search": "Berichte durchsuchen",
    "documents.count": "{0} Dokumente",
    "quotes.title": "Zitate", "quotes.search": "Zitate und Sprecher durchsuchen",
    "doc.layers": "Hervorheben", "doc.events": "Ereignisse in diesem Bericht",
    "doc.noevents": "In diesem Bericht wurden keine Ereignisse gefunden.",
    "doc.fields": "Belege des gewählten Ereignisses", "doc.choose": "Wählen Sie ein Ereignis, um die Wörter hinter jedem seiner Felder zu sehen.",
    "doc.published": "erschienen am {0}", "doc.source": "Quelle",
    "layer.entities": "Entitäten", "layer.times": "Zeitangaben", "layer.quantities": "Mengen",
    "layer.quotes": "Zitate", "layer.roles": "Rollen", "layer.places": "Orte",
    "layer.attributions": "Quellenangaben",
    "field.evidence": "Beleg", "field.sources": "wer", "field.targets": "gegen/mit wem",
    "field.date": "wann", "field.location": "wo", "field.quantities": "wie viele",
    "field.reported_by": "laut", "field.modality": "Modalität",
    "rejected": "Abgelehnt: {0}",
  },
};

export let lang = localStorage.getItem("lagebild.lang")
  || ((navigator.language || "en").toLowerCase().startsWith("de") ? "de" : "en");

/** The label for key in the current language, with {0}, {1}, ... filled in. */
export function t(key, ...args) {
  const text = STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ""));
}

/** True when a label exists (new record kinds fall back to their key). */
export function has(key) { return key in STRINGS[lang] || key in STRINGS.en; }

export function setLang(value) {
  lang = value;
  localStorage.setItem("lagebild.lang", value);
  applyStatic();
}

/** Labels of the static page (navigation, skip link). */
export function applyStatic() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-aria]")) {
    el.setAttribute("aria-label", t(el.dataset.i18nAria));
  }
  const button = document.getElementById("lang");
  button.textContent = lang === "de" ? "EN" : "DE";
  button.setAttribute("aria-label", t("lang.hint"));
}

export function formatNumber(n) { return new Intl.NumberFormat(lang).format(n); }
