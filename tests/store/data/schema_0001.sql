-- The SQLite schema of a lagebild database at revision 0001, as the foundation
-- release created it (sqlite_master), frozen so that migrations can be tested
-- against a real old database.
CREATE TABLE documents (
	id VARCHAR(64) NOT NULL, 
	source TEXT, 
	title TEXT, 
	language VARCHAR(8), 
	published VARCHAR(10), 
	published_source VARCHAR(16), 
	authors JSON, 
	outlet TEXT, 
	text TEXT NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	rejection TEXT, 
	ingested_at VARCHAR(32) NOT NULL, 
	schema_version VARCHAR(8) NOT NULL, 
	result JSON NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE entities (
	id INTEGER NOT NULL, 
	doc_id VARCHAR(64) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	label VARCHAR(16) NOT NULL, 
	kb_id VARCHAR(128), 
	name TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE event_actors (
	event_id INTEGER NOT NULL, 
	doc_id VARCHAR(64) NOT NULL, 
	role VARCHAR(8) NOT NULL, 
	name TEXT NOT NULL, 
	kb_id VARCHAR(128), 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE, 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE events (
	id INTEGER NOT NULL, 
	doc_id VARCHAR(64) NOT NULL, 
	idx INTEGER NOT NULL, 
	type VARCHAR(32) NOT NULL, 
	mode VARCHAR(64), 
	cameo VARCHAR(16), 
	day VARCHAR(10), 
	date_value VARCHAR(64), 
	location_name TEXT, 
	geonames_id INTEGER, 
	latitude FLOAT, 
	longitude FLOAT, 
	country_code VARCHAR(8), 
	modality VARCHAR(16) NOT NULL, 
	reported_by TEXT, 
	confidence FLOAT NOT NULL, 
	evidence_start INTEGER NOT NULL, 
	evidence_end INTEGER NOT NULL, 
	record JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE quantities (
	id INTEGER NOT NULL, 
	doc_id VARCHAR(64) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	value FLOAT, 
	low FLOAT, 
	high FLOAT, 
	bound VARCHAR(32), 
	category VARCHAR(32), 
	thing TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE quotes (
	id INTEGER NOT NULL, 
	doc_id VARCHAR(64) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	speaker_text TEXT, 
	speaker_start INTEGER, 
	speaker_end INTEGER, 
	speaker_kb_id VARCHAR(128), 
	cue_text TEXT, 
	cue_start INTEGER, 
	cue_end INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE roles (
	id INTEGER NOT NULL, 
	doc_id VARCHAR(64) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	person TEXT NOT NULL, 
	role TEXT NOT NULL, 
	organization TEXT, 
	person_kb_id VARCHAR(128), 
	organization_kb_id VARCHAR(128), 
	PRIMARY KEY (id), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE sentences (
	doc_id VARCHAR(64) NOT NULL, 
	idx INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE times (
	id INTEGER NOT NULL, 
	doc_id VARCHAR(64) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	value VARCHAR(64), 
	type VARCHAR(16) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE INDEX ix_documents_published ON documents (published);
CREATE INDEX ix_documents_status ON documents (status);
CREATE INDEX ix_entities_doc ON entities (doc_id);
CREATE INDEX ix_entities_kb ON entities (kb_id);
CREATE INDEX ix_event_actors_event ON event_actors (event_id);
CREATE INDEX ix_event_actors_kb ON event_actors (kb_id);
CREATE INDEX ix_events_day ON events (day);
CREATE INDEX ix_events_doc ON events (doc_id);
CREATE INDEX ix_events_type_day ON events (type, day);
CREATE INDEX ix_quantities_category ON quantities (category);
CREATE INDEX ix_quantities_doc ON quantities (doc_id);
CREATE INDEX ix_quotes_doc ON quotes (doc_id);
CREATE INDEX ix_quotes_speaker ON quotes (speaker_kb_id);
CREATE INDEX ix_roles_doc ON roles (doc_id);
CREATE UNIQUE INDEX ix_sentences_doc ON sentences (doc_id, idx);
CREATE INDEX ix_times_doc ON times (doc_id);
