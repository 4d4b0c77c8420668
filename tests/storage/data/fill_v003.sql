-- SPDX-License-Identifier: GPL-3.0-or-later
-- Data in a version-3 library (the claim statuses, anchored flags, tag order and revision columns of
-- 003_claims.sql), for tst_migrations: every row must survive the steps after version 3.
INSERT INTO outlet (id, name, domain, country, language, kind) VALUES
    (1, 'Arrahmah.id', 'arrahmah.id', 'ID', 'id', 'online'),
    (2, 'Reuters', 'reuters.com', 'GB', 'en', 'wire');
INSERT INTO article (id, outlet_id, title, place, published, language, text, content_hash, outlet_sort) VALUES
    (1, 1, 'Rusia akan bantu Taliban lawan ISKP', 'Kabul', '2025-05-02', 'id',
     'Zamir Kabulov, mantan duta besar Rusia untuk Afghanistan. Moskow dan Kabul.', X'01', 'Arrahmah.id'),
    (2, 2, 'Russia to help Taliban fight ISKP', 'Moscow', NULL, 'en',
     'Russia will help the Taliban, Zamir Kabulov said.', X'02', 'Reuters');
INSERT INTO actor (id, key, name, kind, country, role, wikidata_id, checked) VALUES
    (1, 'person:zamir-kabulov', 'Zamir Kabulov', 'person', 'RU', 'Special representative', 'Q4066543', '2025-05-01'),
    (2, 'armed_group:iskp', 'Islamic State Khorasan Province', 'armed_group', NULL, NULL, NULL, NULL),
    (3, 'news_agency:ria-novosti', 'RIA Novosti', 'news_agency', 'RU', NULL, NULL, NULL),
    (4, 'state:RU', 'Russia', 'state', 'RU', NULL, NULL, NULL),
    (5, 'city:moscow', 'Moscow', 'city', 'RU', NULL, NULL, NULL),
    (6, 'library:6', 'Imarah Islam Afghanistan', 'armed_group', 'AF', NULL, NULL, NULL);
INSERT INTO alias (actor_id, text, language, kind) VALUES (2, 'ISKP', '', 'acronym'), (6, 'IIA', 'id', 'acronym');
INSERT INTO mention (article_id, actor_id, start_offset, end_offset, exact, prefix, suffix, origin, state, match_kind,
    also_actor_id, suggested_actor_id) VALUES
    (1, 1, 0, 13, 'Zamir Kabulov', '', ', mantan duta besar Rusia untuk ', 'gazetteer', 'confirmed', 'exact', NULL, NULL),
    (1, 5, 59, 65, 'Moskow', 'a besar Rusia untuk Afghanistan. ', ' dan Kabul.', 'gazetteer', 'suggested', 'folded', 4, NULL),
    (2, 4, 0, 6, 'Russia', '', ' will help the Taliban, Zamir Kab', 'gazetteer', 'rejected', 'exact', NULL, NULL),
    (2, 6, 20, 27, 'Taliban', 'Russia will help the ', ', Zamir Kabulov said.', 'user', 'confirmed', 'exact', NULL, NULL);
INSERT INTO quote (id, article_id, start_offset, end_offset, exact, speaker_actor_id, cue_start, cue_end, cue_text, kind,
    origin, state) VALUES
    (1, 2, 0, 27, 'Russia will help the Taliban', 1, 29, 49, 'Zamir Kabulov said', 'indirect', 'rule', 'suggested');
INSERT INTO quote_relay (quote_id, position, actor_id) VALUES (1, 1, 3);
INSERT INTO acronym_offer (article_id, acronym, expansion, actor_id, language, state) VALUES
    (1, 'ISKP', 'Islamic State Khurasan Province', 2, 'id', 'offered'),
    (1, 'IIA', 'Imarah Islam Afghanistan', NULL, 'id', 'dismissed');
INSERT INTO claim (id, article_id, start_offset, end_offset, exact, claimant_actor_id, status, anchored, note, created, updated) VALUES
    (1, 1, 0, 13, 'Zamir Kabulov', 1, 'mostly_true', 1, '', '2025-05-03T08:00:00Z', '2025-05-03T08:00:00Z'),
    (2, 2, 0, 6, 'Russia', NULL, 'retracted', 0, 'lost its place', '2025-05-03T08:00:00Z', '2025-05-03T08:00:00Z');
INSERT INTO tag (id, parent_id, name, colour) VALUES (1, NULL, 'Russia', '#aa0000'), (2, 1, 'Kabulov', NULL);
INSERT INTO claim_tag (claim_id, tag_id, position) VALUES (1, 2, 0), (1, 1, 1), (2, 1, 0);
INSERT INTO claim_link (id, from_claim_id, to_claim_id, relation, note, created) VALUES
    (1, 2, 1, 'contradicts', '', '2025-05-03T09:00:00Z');
INSERT INTO revision (article_id, old_text, old_title, old_place, old_published, replaced_at) VALUES
    (1, 'Zamir Kabulov, duta besar.', 'Rusia bantu Taliban', 'Kabul', '2025-05-01', '2025-05-03T07:00:00Z');
