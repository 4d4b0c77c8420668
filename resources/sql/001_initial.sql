-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 1: the whole data model of ARCHITECTURE.md, so that later migrations add behaviour,
-- not tables. migrations.cpp runs this file in one transaction and then sets PRAGMA user_version.
--
-- Conventions: dates are ISO 8601 text (published: YYYY-MM-DD; timestamps: UTC with a Z),
-- booleans are 0/1, enums are lowercase words checked by CHECK constraints, and spans are UTF-16
-- offsets into the article's canonical text plus a text-quote selector (exact, prefix, suffix).

-- "DTLN": marks the file as a Dateline library, so that another program's SQLite file is refused.
PRAGMA application_id = 1146375246;

CREATE TABLE outlet (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (name <> ''),
    domain TEXT,
    country TEXT,
    language TEXT,
    kind TEXT NOT NULL DEFAULT 'unknown'
        CHECK (kind IN ('unknown', 'wire', 'state_media', 'newspaper', 'broadcaster', 'online', 'blog')),
    -- kept by the article triggers below, so that nothing is counted at start
    article_count INTEGER NOT NULL DEFAULT 0 CHECK (article_count >= 0)
);

CREATE TABLE feed (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    outlet_id INTEGER REFERENCES outlet(id) ON DELETE SET NULL,
    etag TEXT,
    last_modified TEXT,
    last_fetch TEXT,
    last_error TEXT
);
CREATE INDEX feed_by_outlet ON feed(outlet_id);

CREATE TABLE article (
    id INTEGER PRIMARY KEY,
    outlet_id INTEGER REFERENCES outlet(id) ON DELETE SET NULL,
    feed_id INTEGER REFERENCES feed(id) ON DELETE SET NULL,
    url TEXT,
    title TEXT NOT NULL DEFAULT '',
    byline TEXT,
    place TEXT,
    published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    fetched TEXT,
    language TEXT NOT NULL DEFAULT '',
    content_hash BLOB UNIQUE,
    source_path TEXT,
    read INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
    starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    -- The outlet's name, copied here (and kept in step by triggers) so that sorting the list by
    -- outlet walks one index like every other sort instead of sorting a join.
    outlet_sort TEXT NOT NULL DEFAULT '',
    -- The long columns last: SQLite reads a row's columns in order, and a list page reads only
    -- the ones above, so it never follows a story's text into its overflow pages.
    text TEXT NOT NULL DEFAULT '',
    html TEXT
);

-- One index per keyset sort of the article list: the queries in articlepagequery.cpp use exactly
-- these expressions (coalesce puts unknown dates first ascending and last descending).
CREATE INDEX article_by_published ON article(coalesce(published, ''), id);
CREATE INDEX article_by_title ON article(title COLLATE NOCASE, id);
CREATE INDEX article_by_outlet ON article(outlet_sort COLLATE NOCASE, id);
CREATE INDEX article_by_language ON article(language, id);
-- The sidebar's filters with the default (date) and title sorts; the outlet one also serves the
-- foreign key.
CREATE INDEX article_outlet_published ON article(outlet_id, coalesce(published, ''), id);
CREATE INDEX article_language_published ON article(language, coalesce(published, ''), id);
CREATE INDEX article_outlet_title ON article(outlet_id, title COLLATE NOCASE, id);
CREATE INDEX article_language_title ON article(language, title COLLATE NOCASE, id);
CREATE INDEX article_by_feed ON article(feed_id) WHERE feed_id IS NOT NULL;

-- A changed story is a new revision: the text it had before, and when it was replaced.
CREATE TABLE revision (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    old_text TEXT NOT NULL,
    old_title TEXT,
    old_content_hash BLOB,
    replaced_at TEXT NOT NULL
);
CREATE INDEX revision_by_article ON revision(article_id, replaced_at);

CREATE TABLE actor (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('state', 'person', 'organisation', 'armed_group', 'news_agency', 'other')),
    country TEXT,
    description TEXT,
    wikidata_id TEXT UNIQUE CHECK (wikidata_id IS NULL OR wikidata_id GLOB 'Q[0-9]*')
);
CREATE INDEX actor_by_name ON actor(name COLLATE NOCASE);

CREATE TABLE alias (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (text <> ''),
    language TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'acronym', 'metonym', 'transliteration')),
    UNIQUE (actor_id, text, language)
);
CREATE INDEX alias_by_text ON alias(text COLLATE NOCASE);

CREATE TABLE mention (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
    exact TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL CHECK (origin IN ('rule', 'gazetteer', 'user')),
    state TEXT NOT NULL DEFAULT 'suggested' CHECK (state IN ('suggested', 'confirmed', 'rejected'))
);
CREATE INDEX mention_by_article ON mention(article_id, start_offset);
CREATE INDEX mention_by_actor ON mention(actor_id, article_id);

CREATE TABLE quote (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
    exact TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    speaker_actor_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,
    cue_start INTEGER,
    cue_end INTEGER,
    kind TEXT NOT NULL DEFAULT 'direct' CHECK (kind IN ('direct', 'partial', 'indirect')),
    origin TEXT NOT NULL DEFAULT 'rule' CHECK (origin IN ('rule', 'user')),
    state TEXT NOT NULL DEFAULT 'suggested' CHECK (state IN ('suggested', 'confirmed', 'rejected')),
    CHECK ((cue_start IS NULL) = (cue_end IS NULL) AND (cue_start IS NULL OR cue_end >= cue_start))
);
CREATE INDEX quote_by_article ON quote(article_id, start_offset);
CREATE INDEX quote_by_speaker ON quote(speaker_actor_id, article_id) WHERE speaker_actor_id IS NOT NULL;

-- The chain a quotation travelled: speaker -> RIA -> Reuters is positions 1 and 2.
CREATE TABLE quote_relay (
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, position)
) WITHOUT ROWID;
CREATE INDEX quote_relay_by_actor ON quote_relay(actor_id);

CREATE TABLE claim (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
    exact TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    claimant_actor_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'unverified'
        CHECK (status IN ('unverified', 'true', 'false', 'misleading', 'disputed')),
    note TEXT NOT NULL DEFAULT '', -- Markdown
    author TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX claim_by_article ON claim(article_id, start_offset);
CREATE INDEX claim_by_claimant ON claim(claimant_actor_id) WHERE claimant_actor_id IS NOT NULL;
CREATE INDEX claim_by_status ON claim(status, updated);

CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES tag(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    colour TEXT CHECK (colour IS NULL OR colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
-- Sibling names are unique; top-level tags (parent NULL) share the parent 0 here.
CREATE UNIQUE INDEX tag_by_parent_name ON tag(coalesce(parent_id, 0), name COLLATE NOCASE);

CREATE TABLE claim_tag (
    claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX claim_tag_by_tag ON claim_tag(tag_id, claim_id);

CREATE TABLE claim_link (
    id INTEGER PRIMARY KEY,
    from_claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    to_claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('same', 'supports', 'contradicts', 'elaborates', 'updates', 'cites')),
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    CHECK (from_claim_id <> to_claim_id),
    UNIQUE (from_claim_id, to_claim_id, relation)
);
CREATE INDEX claim_link_by_to ON claim_link(to_claim_id);

-- Counters kept by triggers: the window shows them at start without counting a million rows.
CREATE TABLE library_count (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    articles INTEGER NOT NULL DEFAULT 0 CHECK (articles >= 0),
    outlets INTEGER NOT NULL DEFAULT 0 CHECK (outlets >= 0)
);
INSERT INTO library_count (id, articles, outlets) VALUES (1, 0, 0);

-- Only detected languages: a row per language with at least one article.
CREATE TABLE language_count (
    language TEXT PRIMARY KEY CHECK (language <> ''),
    articles INTEGER NOT NULL CHECK (articles > 0)
) WITHOUT ROWID;

-- Full text over titles and texts. External content: the text is stored once, in article.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, content = 'article', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE quote_fts USING fts5(
    exact, content = 'quote', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE claim_fts USING fts5(
    exact, note, content = 'claim', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

-- Article triggers: full text, counters and the outlet sort key.
CREATE TRIGGER article_after_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts (rowid, title, text) VALUES (NEW.id, NEW.title, NEW.text);
    UPDATE library_count SET articles = articles + 1 WHERE id = 1;
    UPDATE outlet SET article_count = article_count + 1 WHERE id = NEW.outlet_id;
    INSERT INTO language_count (language, articles) SELECT NEW.language, 1 WHERE NEW.language <> ''
        ON CONFLICT (language) DO UPDATE SET articles = articles + 1;
END;

-- The store writes outlet_sort itself; this only repairs a row written by other means.
CREATE TRIGGER article_after_insert_outlet_sort AFTER INSERT ON article
WHEN NEW.outlet_sort IS NOT coalesce((SELECT name FROM outlet WHERE id = NEW.outlet_id), '') BEGIN
    UPDATE article SET outlet_sort = coalesce((SELECT name FROM outlet WHERE id = NEW.outlet_id), '')
        WHERE id = NEW.id;
END;

CREATE TRIGGER article_after_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', OLD.id, OLD.title, OLD.text);
    UPDATE library_count SET articles = articles - 1 WHERE id = 1;
    UPDATE outlet SET article_count = article_count - 1 WHERE id = OLD.outlet_id;
    -- delete before decrementing: the other order would drop a language that still has one article
    DELETE FROM language_count WHERE language = OLD.language AND articles = 1;
    UPDATE language_count SET articles = articles - 1 WHERE language = OLD.language;
END;

CREATE TRIGGER article_after_update_text AFTER UPDATE OF title, text ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', OLD.id, OLD.title, OLD.text);
    INSERT INTO article_fts (rowid, title, text) VALUES (NEW.id, NEW.title, NEW.text);
END;

CREATE TRIGGER article_after_update_outlet AFTER UPDATE OF outlet_id ON article
WHEN NEW.outlet_id IS NOT OLD.outlet_id BEGIN
    UPDATE outlet SET article_count = article_count - 1 WHERE id = OLD.outlet_id;
    UPDATE outlet SET article_count = article_count + 1 WHERE id = NEW.outlet_id;
    UPDATE article SET outlet_sort = coalesce((SELECT name FROM outlet WHERE id = NEW.outlet_id), '')
        WHERE id = NEW.id;
END;

CREATE TRIGGER article_after_update_language AFTER UPDATE OF language ON article
WHEN NEW.language IS NOT OLD.language BEGIN
    DELETE FROM language_count WHERE language = OLD.language AND articles = 1;
    UPDATE language_count SET articles = articles - 1 WHERE language = OLD.language;
    INSERT INTO language_count (language, articles) SELECT NEW.language, 1 WHERE NEW.language <> ''
        ON CONFLICT (language) DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER outlet_after_insert AFTER INSERT ON outlet BEGIN
    UPDATE library_count SET outlets = outlets + 1 WHERE id = 1;
END;

CREATE TRIGGER outlet_after_delete AFTER DELETE ON outlet BEGIN
    UPDATE library_count SET outlets = outlets - 1 WHERE id = 1;
END;

CREATE TRIGGER outlet_after_rename AFTER UPDATE OF name ON outlet BEGIN
    UPDATE article SET outlet_sort = NEW.name WHERE outlet_id = NEW.id;
END;

-- Quotation and claim full text, for the claim board and the actor page.
CREATE TRIGGER quote_after_insert AFTER INSERT ON quote BEGIN
    INSERT INTO quote_fts (rowid, exact) VALUES (NEW.id, NEW.exact);
END;
CREATE TRIGGER quote_after_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, exact) VALUES ('delete', OLD.id, OLD.exact);
END;
CREATE TRIGGER quote_after_update AFTER UPDATE OF exact ON quote BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, exact) VALUES ('delete', OLD.id, OLD.exact);
    INSERT INTO quote_fts (rowid, exact) VALUES (NEW.id, NEW.exact);
END;

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
