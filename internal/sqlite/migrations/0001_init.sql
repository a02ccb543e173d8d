-- The whole domain of DESIGN.md. Enums and ranges are checked here as well
-- as in Go, so no writer can store what the domain forbids.
CREATE TABLE clients (
	id                 TEXT PRIMARY KEY,
	name               TEXT NOT NULL CHECK (trim(name) <> ''),
	industry           TEXT NOT NULL DEFAULT '',
	location           TEXT NOT NULL DEFAULT '',
	notes              TEXT NOT NULL DEFAULT '',
	swot_strengths     TEXT NOT NULL DEFAULT '',
	swot_weaknesses    TEXT NOT NULL DEFAULT '',
	swot_opportunities TEXT NOT NULL DEFAULT '',
	swot_threats       TEXT NOT NULL DEFAULT '',
	created_at         TEXT NOT NULL,
	updated_at         TEXT NOT NULL
);

CREATE TABLE workshops (
	id          TEXT PRIMARY KEY,
	client_id   TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	title       TEXT NOT NULL CHECK (trim(title) <> ''),
	date        TEXT NOT NULL DEFAULT '',
	location    TEXT NOT NULL DEFAULT '',
	facilitator TEXT NOT NULL DEFAULT '',
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
);
CREATE INDEX workshops_client ON workshops (client_id, date);

CREATE TABLE participants (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	name        TEXT NOT NULL,
	role        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (workshop_id, position)
);

CREATE TABLE answers (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	question_id TEXT NOT NULL,
	rating      INTEGER CHECK (rating BETWEEN 0 AND 4),
	na          INTEGER NOT NULL DEFAULT 0 CHECK (na IN (0, 1)),
	notes       TEXT NOT NULL DEFAULT '',
	follow_up   INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1)),
	checked     TEXT NOT NULL DEFAULT '[]',
	updated_at  TEXT NOT NULL,
	PRIMARY KEY (workshop_id, question_id)
);

CREATE TABLE stakeholders (
	id              TEXT PRIMARY KEY,
	client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	name            TEXT NOT NULL CHECK (trim(name) <> ''),
	title           TEXT NOT NULL DEFAULT '',
	department      TEXT NOT NULL CHECK (department IN ('purchasing', 'it', 'management', 'works_council', 'finance', 'operations', 'sales', 'marketing', 'specialist', 'other')),
	buying_role     TEXT NOT NULL CHECK (buying_role IN ('decision_maker', 'economic_buyer', 'technical_buyer', 'user', 'influencer', 'gatekeeper', 'champion', 'other')),
	attitude        INTEGER NOT NULL DEFAULT 0 CHECK (attitude BETWEEN -2 AND 2),
	influence       INTEGER NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
	relationship    INTEGER NOT NULL DEFAULT 0 CHECK (relationship BETWEEN 0 AND 3),
	owner           TEXT NOT NULL DEFAULT '',
	knows_portfolio INTEGER NOT NULL DEFAULT 0 CHECK (knows_portfolio IN (0, 1)),
	last_contact    TEXT NOT NULL DEFAULT '',
	email           TEXT NOT NULL DEFAULT '',
	phone           TEXT NOT NULL DEFAULT '',
	notes           TEXT NOT NULL DEFAULT '',
	x               REAL NOT NULL DEFAULT 0,
	y               REAL NOT NULL DEFAULT 0,
	created_at      TEXT NOT NULL,
	updated_at      TEXT NOT NULL
);
CREATE INDEX stakeholders_client ON stakeholders (client_id);

CREATE TABLE relations (
	id        TEXT PRIMARY KEY,
	client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	from_id   TEXT NOT NULL REFERENCES stakeholders (id) ON DELETE CASCADE,
	to_id     TEXT NOT NULL REFERENCES stakeholders (id) ON DELETE CASCADE,
	kind      TEXT NOT NULL CHECK (kind IN ('reports_to', 'influences', 'conflict')),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	CHECK (from_id <> to_id)
);
CREATE INDEX relations_client ON relations (client_id);
CREATE INDEX relations_from ON relations (from_id);
CREATE INDEX relations_to ON relations (to_id);

CREATE TABLE competitors (
	id         TEXT PRIMARY KEY,
	client_id  TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	name       TEXT NOT NULL CHECK (trim(name) <> ''),
	location   TEXT NOT NULL DEFAULT '',
	strengths  TEXT NOT NULL DEFAULT '',
	weaknesses TEXT NOT NULL DEFAULT '',
	partners   TEXT NOT NULL DEFAULT '',
	counter    TEXT NOT NULL DEFAULT '',
	threat     INTEGER NOT NULL DEFAULT 3 CHECK (threat BETWEEN 1 AND 5),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
CREATE INDEX competitors_client ON competitors (client_id);

CREATE TABLE opportunities (
	id             TEXT PRIMARY KEY,
	client_id      TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	title          TEXT NOT NULL CHECK (trim(title) <> ''),
	value          REAL NOT NULL DEFAULT 0 CHECK (value >= 0),
	stage          TEXT NOT NULL CHECK (stage IN ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
	probability    INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
	expected_close TEXT NOT NULL DEFAULT '',
	next_step      TEXT NOT NULL DEFAULT '',
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
);
CREATE INDEX opportunities_client ON opportunities (client_id);

CREATE TABLE arguments (
	id          TEXT PRIMARY KEY,
	client_id   TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	feature     TEXT NOT NULL CHECK (trim(feature) <> ''),
	advantage   TEXT NOT NULL DEFAULT '',
	benefit     TEXT NOT NULL DEFAULT '',
	buying_role TEXT NOT NULL DEFAULT '',
	position    INTEGER NOT NULL DEFAULT 0,
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
);
CREATE INDEX arguments_client ON arguments (client_id, position);

CREATE TABLE actions (
	id          TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	title       TEXT NOT NULL CHECK (trim(title) <> ''),
	owner       TEXT NOT NULL DEFAULT '',
	due         TEXT NOT NULL DEFAULT '',
	priority    TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
	probability INTEGER NOT NULL DEFAULT 50 CHECK (probability BETWEEN 0 AND 100),
	status      TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done')),
	question_id TEXT NOT NULL DEFAULT '',
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
);
CREATE INDEX actions_workshop ON actions (workshop_id);

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
