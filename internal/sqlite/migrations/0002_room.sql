-- The room's voice and the customer's report (bundle format v2):
-- participants get ids, a side and optionally their stakeholder; each
-- participant may vote on each question; an answer has a finding the
-- customer reads beside its internal notes; an action may be internal.
CREATE TABLE participants_v2 (
	id             TEXT PRIMARY KEY,
	workshop_id    TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	position       INTEGER NOT NULL,
	name           TEXT NOT NULL CHECK (trim(name) <> ''),
	role           TEXT NOT NULL DEFAULT '',
	side           TEXT NOT NULL DEFAULT 'customer' CHECK (side IN ('customer', 'ours')),
	stakeholder_id TEXT REFERENCES stakeholders (id) ON DELETE SET NULL
);
INSERT INTO participants_v2 (id, workshop_id, position, name, role, side)
	SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
	             substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
	       workshop_id, position, name, role, 'customer'
	FROM participants;
DROP TABLE participants;
ALTER TABLE participants_v2 RENAME TO participants;
CREATE INDEX participants_workshop ON participants (workshop_id, position);
CREATE INDEX participants_stakeholder ON participants (stakeholder_id);

CREATE TABLE votes (
	workshop_id    TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
	question_id    TEXT NOT NULL,
	rating         INTEGER CHECK (rating BETWEEN 0 AND 4),
	na             INTEGER NOT NULL DEFAULT 0 CHECK (na IN (0, 1)),
	updated_at     TEXT NOT NULL,
	PRIMARY KEY (participant_id, question_id),
	CHECK ((na = 1 AND rating IS NULL) OR (na = 0 AND rating IS NOT NULL))
);
CREATE INDEX votes_workshop ON votes (workshop_id, question_id);

ALTER TABLE answers ADD COLUMN finding TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN internal INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1));
