-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 2: actors and quotations found by the analysis, and the reader's decisions on them.
--
-- migrations.cpp runs this in one transaction with foreign keys off (PRAGMA foreign_keys cannot
-- change inside a transaction) and runs PRAGMA foreign_key_check before it commits.
--
-- The reader's decisions are states on the rows themselves: a mention or quotation that is
-- confirmed, rejected or added by the reader (origin 'user') is never replaced by a new analysis,
-- which deletes only rows still 'suggested' (AnnotationStore::replaceSuggestions). A rejected
-- mention also keeps its (actor, text) out of later matches: it is a suppression of the library's
-- gazetteer.

-- actor: a CHECK cannot be altered in SQLite, so the table is rebuilt the documented way (create
-- the new table, copy, drop the old one, rename). With foreign keys off, dropping actor leaves the
-- rows that point to it alone, and the rename makes their references valid again.
CREATE TABLE actor_new (
    id INTEGER PRIMARY KEY,
    -- the shipped gazetteer's stable key ("state:RU"); "library:<id>" for the reader's own actors
    key TEXT UNIQUE CHECK (key IS NULL OR key <> ''),
    name TEXT NOT NULL CHECK (name <> ''),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('state', 'person', 'organisation', 'armed_group', 'news_agency', 'outlet', 'city', 'other')),
    country TEXT,
    role TEXT, -- a person's office: "Foreign Minister"
    description TEXT,
    wikidata_id TEXT UNIQUE CHECK (wikidata_id IS NULL OR wikidata_id GLOB 'Q[0-9]*'),
    -- when an office or fact was last checked (ISO date): people's roles change
    checked TEXT CHECK (checked IS NULL OR checked GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
INSERT INTO actor_new (id, name, kind, country, description, wikidata_id)
    SELECT id, name, kind, country, description, wikidata_id FROM actor;
DROP TABLE actor;
ALTER TABLE actor_new RENAME TO actor;
CREATE INDEX actor_by_name ON actor(name COLLATE NOCASE);

-- mention: how the text was matched, and the state a capital stands for ("Moskow" -> Russia).
-- ("match" is an SQL keyword, hence match_kind.)
ALTER TABLE mention ADD COLUMN match_kind TEXT NOT NULL DEFAULT 'exact'
    CHECK (match_kind IN ('exact', 'folded', 'transliterated', 'fuzzy', 'acronym', 'surname', 'title'));
ALTER TABLE mention ADD COLUMN also_actor_id INTEGER REFERENCES actor(id) ON DELETE SET NULL;
-- The actor the analysis proposed when the reader gave the mention to another one: the text is
-- then an alias of the new actor and a suppression for the proposed one.
ALTER TABLE mention ADD COLUMN suggested_actor_id INTEGER REFERENCES actor(id) ON DELETE SET NULL;
CREATE INDEX mention_by_suggested_actor ON mention(suggested_actor_id) WHERE suggested_actor_id IS NOT NULL;
CREATE INDEX mention_by_also_actor ON mention(also_actor_id) WHERE also_actor_id IS NOT NULL;
-- The decided rows, read for suppressions and to keep a new analysis off them.
CREATE INDEX mention_decided ON mention(article_id, start_offset) WHERE state <> 'suggested' OR origin = 'user';
-- The reader's verdicts on a text for an actor: a new analysis does not suggest a rejected pair again.
CREATE INDEX mention_verdict ON mention(actor_id, exact) WHERE state <> 'suggested';

-- quote: the cue's words as written ("kata Kabulov kepada kantor berita negara RIA").
ALTER TABLE quote ADD COLUMN cue_text TEXT;

-- Acronyms a story defined ("Islamic State Khurasan Province (ISKP)"), offered to the reader;
-- an accepted one becomes an alias row of kind 'acronym'. A dismissed one is kept, so that it is
-- not offered again.
CREATE TABLE acronym_offer (
    id INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES article(id) ON DELETE SET NULL,
    acronym TEXT NOT NULL CHECK (acronym <> ''),
    expansion TEXT NOT NULL DEFAULT '',
    actor_id INTEGER REFERENCES actor(id) ON DELETE CASCADE,
    language TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'offered' CHECK (state IN ('offered', 'accepted', 'dismissed'))
);
-- One offer per acronym and actor; an acronym for no known actor is one offer per expansion.
CREATE UNIQUE INDEX acronym_offer_by_text
    ON acronym_offer(acronym, coalesce(actor_id, 0), CASE WHEN actor_id IS NULL THEN lower(expansion) ELSE '' END);
CREATE INDEX acronym_offer_by_article ON acronym_offer(article_id) WHERE state = 'offered';
CREATE INDEX acronym_offer_by_actor ON acronym_offer(actor_id);
