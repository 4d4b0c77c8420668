-- SPDX-License-Identifier: GPL-3.0-or-later
-- Data in a version-1 library, written with version 1's tables only: tst_migrations opens a file
-- built from migrations 1..1 and filled with this, and checks every row survives the later steps.
-- A new migration N adds fill_vN.sql for the tables as they are at version N.
INSERT INTO outlet (id, name, domain, country, language, kind) VALUES
    (1, 'Arrahmah.id', 'arrahmah.id', 'ID', 'id', 'online'),
    (2, 'Reuters', 'reuters.com', 'GB', 'en', 'wire');
INSERT INTO feed (id, url, title, outlet_id) VALUES (1, 'https://www.arrahmah.id/feed/', 'Arrahmah', 1);
INSERT INTO article (id, outlet_id, feed_id, url, title, place, published, fetched, language, text, content_hash, outlet_sort) VALUES
    (1, 1, 1, 'https://www.arrahmah.id/x', 'Rusia akan bantu Taliban lawan ISKP', 'Kabul', '2025-05-02',
     '2025-05-03T08:00:00.000Z', 'id', 'Zamir Kabulov, mantan duta besar Rusia untuk Afghanistan.', X'01', 'Arrahmah.id'),
    (2, 2, NULL, NULL, 'Russia to help Taliban fight ISKP', 'Moscow', NULL, NULL, 'en',
     'Russia will help the Taliban, Zamir Kabulov said in Bogotá.', X'02', 'Reuters'),
    (3, NULL, NULL, NULL, 'Untitled note', NULL, '2024-03-22', NULL, '', 'A story with no outlet.', X'03', '');
INSERT INTO revision (article_id, old_text, replaced_at) VALUES (2, 'Russia will help.', '2025-05-02T10:00:00Z');
INSERT INTO actor (id, name, kind, country, wikidata_id) VALUES
    (1, 'Zamir Kabulov', 'person', 'RU', 'Q4066543'), (2, 'Islamic State Khorasan Province', 'armed_group', NULL, NULL),
    (3, 'RIA Novosti', 'news_agency', 'RU', NULL);
INSERT INTO alias (actor_id, text, language, kind) VALUES (2, 'ISKP', '', 'acronym'), (1, 'Kabulov', 'id', 'name');
INSERT INTO mention (article_id, actor_id, start_offset, end_offset, exact, origin, state) VALUES
    (1, 1, 0, 13, 'Zamir Kabulov', 'gazetteer', 'confirmed');
INSERT INTO quote (id, article_id, start_offset, end_offset, exact, speaker_actor_id, cue_start, cue_end, kind) VALUES
    (1, 1, 0, 20, 'Zamir Kabulov, mantan', 1, 21, 25, 'direct');
INSERT INTO quote_relay (quote_id, position, actor_id) VALUES (1, 1, 3);
INSERT INTO claim (id, article_id, start_offset, end_offset, exact, claimant_actor_id, status, note, created, updated) VALUES
    (1, 1, 0, 13, 'Zamir Kabulov', 1, 'unverified', '*check*', '2025-05-03T08:00:00Z', '2025-05-03T08:00:00Z'),
    (2, 2, 0, 6, 'Russia', 1, 'disputed', '', '2025-05-03T08:00:00Z', '2025-05-03T08:00:00Z');
INSERT INTO tag (id, parent_id, name, colour) VALUES (1, NULL, 'Security', '#aa0000'), (2, 1, 'Terrorism', NULL);
INSERT INTO claim_tag (claim_id, tag_id) VALUES (1, 2), (2, 1);
INSERT INTO claim_link (from_claim_id, to_claim_id, relation, created) VALUES (2, 1, 'same', '2025-05-03T09:00:00Z');
