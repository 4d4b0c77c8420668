-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 3: claims, tags, links and story revisions (issue 5).
--
-- migrations.cpp runs this in one transaction with foreign keys off and runs PRAGMA
-- foreign_key_check before it commits.
--
-- - claim: the statuses "mostly_true" and "retracted" (a CHECK cannot be altered, so the table is
--   rebuilt the documented way), and `anchored`: 0 when a changed story lost the claim's text.
--   Rows pointing at claim (claim_tag, claim_link) keep their ids across the rebuild.
-- - mention, quote: `anchored` as well; an orphan keeps its old text-quote selector and is listed
--   in the orphaned-annotations view instead of being dropped.
-- - revision: the place and date each replaced version had (old_title and old_text are in 001).

CREATE TABLE claim_new (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
    exact TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    anchored INTEGER NOT NULL DEFAULT 1 CHECK (anchored IN (0, 1)),
    claimant_actor_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'unverified'
        CHECK (status IN ('unverified', 'true', 'mostly_true', 'misleading', 'false', 'disputed', 'retracted')),
    note TEXT NOT NULL DEFAULT '', -- Markdown
    author TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
INSERT INTO claim_new (id, article_id, start_offset, end_offset, exact, prefix, suffix, claimant_actor_id,
        status, note, author, created, updated)
    SELECT id, article_id, start_offset, end_offset, exact, prefix, suffix, claimant_actor_id,
        status, note, author, created, updated FROM claim;
DROP TABLE claim;
ALTER TABLE claim_new RENAME TO claim;
CREATE INDEX claim_by_article ON claim(article_id, start_offset);
CREATE INDEX claim_by_claimant ON claim(claimant_actor_id) WHERE claimant_actor_id IS NOT NULL;
CREATE INDEX claim_by_status ON claim(status, id);
CREATE INDEX claim_by_created ON claim(created, id);
CREATE INDEX claim_orphaned ON claim(article_id) WHERE anchored = 0;

-- Dropping the table dropped its triggers; the full text index (external content) is unchanged.
CREATE TRIGGER claim_after_insert AFTER INSERT ON claim BEGIN
    INSERT INTO claim_fts (rowid, exact, note) VALUES (NEW.id, NEW.exact, NEW.note);
END;
CREATE TRIGGER claim_after_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, exact, note) VALUES ('delete', OLD.id, OLD.exact, OLD.note);
END;
CREATE TRIGGER claim_after_update AFTER UPDATE OF exact, note ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, exact, note) VALUES ('delete', OLD.id, OLD.exact, OLD.note);
    INSERT INTO claim_fts (rowid, exact, note) VALUES (NEW.id, NEW.exact, NEW.note);
END;

-- The order of a claim's tags: the first one colours the claim in the reader.
ALTER TABLE claim_tag ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

CREATE INDEX claim_link_by_from ON claim_link(from_claim_id);

ALTER TABLE mention ADD COLUMN anchored INTEGER NOT NULL DEFAULT 1 CHECK (anchored IN (0, 1));
ALTER TABLE quote ADD COLUMN anchored INTEGER NOT NULL DEFAULT 1 CHECK (anchored IN (0, 1));
CREATE INDEX mention_orphaned ON mention(article_id) WHERE anchored = 0;
CREATE INDEX quote_orphaned ON quote(article_id) WHERE anchored = 0;

ALTER TABLE revision ADD COLUMN old_place TEXT;
ALTER TABLE revision ADD COLUMN old_published TEXT;
-- Stories are found again by URL when they are imported a second time.
CREATE INDEX article_by_url ON article(url) WHERE url IS NOT NULL AND url <> '';
CREATE INDEX article_by_place_title ON article(place, title COLLATE NOCASE) WHERE place IS NOT NULL AND place <> '';
