// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the claim search, suggestion, link model and link dialog tests: stories with actors,
// mentions, quotations, claims, tags and links written straight into a fresh library, so that
// each test states its passages by the words they contain ("Kabulov" inside the claim) and the
// offsets are found, not counted by hand.

#include "libraryfixture.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Dateline::Test
{

using namespace Qt::StringLiterals;

class LinkFixture
{
public:
    explicit LinkFixture(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }

    /// A story; 0 on failure (see error()).
    qint64 story(const QString &title, const QString &text, const QString &outlet, const QString &language,
        QDate published)
    {
        ArticleStore store(m_db);
        auto id = store.insert(makeArticle(title, text, outlet, language, published));
        if (!id) {
            m_error = id.error();
            return 0;
        }
        m_texts.insert(id.value(), text);
        return id.value();
    }

    qint64 actor(const QString &name, const QString &kind = u"person"_s)
    {
        return exec(u"INSERT INTO actor (name, kind) VALUES (?, ?)"_s, { name, kind });
    }

    /// A mention of `actorId` at the first `needle` of the story (after `from`, when given).
    qint64 mention(qint64 articleId, qint64 actorId, const QString &needle, qsizetype from = 0)
    {
        const qsizetype start = offset(articleId, needle, from);
        if (start < 0) {
            return 0;
        }
        return exec(u"INSERT INTO mention (article_id, actor_id, start_offset, end_offset, exact, origin, state) "
                    "VALUES (?, ?, ?, ?, ?, 'gazetteer', 'suggested')"_s,
            { articleId, actorId, start, start + needle.size(), needle });
    }

    /// A quotation of the first `passage` of the story, said by `speakerId` (0: nobody).
    qint64 quote(qint64 articleId, const QString &passage, qint64 speakerId, const QString &state = u"suggested"_s)
    {
        const qsizetype start = offset(articleId, passage, 0);
        if (start < 0) {
            return 0;
        }
        return exec(u"INSERT INTO quote (article_id, start_offset, end_offset, exact, speaker_actor_id, state) "
                    "VALUES (?, ?, ?, ?, ?, ?)"_s,
            { articleId, start, start + passage.size(), passage,
                speakerId != 0 ? QVariant(speakerId) : QVariant(QMetaType::fromType<qint64>()), state });
    }

    /// A claim on the first `passage` of the story, claimed by `claimantId` (0: nobody).
    qint64 claim(qint64 articleId, const QString &passage, qint64 claimantId = 0)
    {
        const qsizetype start = offset(articleId, passage, 0);
        if (start < 0) {
            return 0;
        }
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        return exec(u"INSERT INTO claim (article_id, start_offset, end_offset, exact, claimant_actor_id, created, updated) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            { articleId, start, start + passage.size(), passage,
                claimantId != 0 ? QVariant(claimantId) : QVariant(QMetaType::fromType<qint64>()), now, now });
    }

    qint64 tag(const QString &name, qint64 parentId = 0)
    {
        return exec(u"INSERT INTO tag (name, parent_id) VALUES (?, ?)"_s,
            { name, parentId != 0 ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>()) });
    }

    bool tagClaim(qint64 claimId, qint64 tagId)
    {
        return exec(u"INSERT INTO claim_tag (claim_id, tag_id) VALUES (?, ?)"_s, { claimId, tagId }) >= 0;
    }

    qint64 link(qint64 fromId, qint64 toId, const QString &relation = u"same"_s)
    {
        return exec(u"INSERT INTO claim_link (from_claim_id, to_claim_id, relation, created) VALUES (?, ?, ?, ?)"_s,
            { fromId, toId, relation, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    }

private:
    qsizetype offset(qint64 articleId, const QString &needle, qsizetype from)
    {
        const qsizetype at = m_texts.value(articleId).indexOf(needle, from);
        if (at < 0) {
            m_error = u"\"%1\" is not in story %2"_s.arg(needle).arg(articleId);
        }
        return at;
    }

    qint64 exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return 0;
        }
        for (const QVariant &value : values) {
            q.addBindValue(value);
        }
        if (!q.exec()) {
            m_error = q.lastError().text();
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }

    QSqlDatabase m_db;
    QHash<qint64, QString> m_texts;
    QString m_error;
};

} // namespace Dateline::Test
