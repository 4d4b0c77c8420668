// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/claim.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace Dateline
{

/// One text a story had: an older revision (id > 0) or the current text (id 0, current true).
struct Revision {
    qint64 id = 0;
    qint64 articleId = 0;
    int number = 0; ///< 1 for the text first imported; the current text has the highest
    bool current = false;
    QString title;
    QString place;
    QDate published;
    QDateTime replacedAt; ///< when this text was replaced (UTC); invalid for the current text
};

/// What re-anchoring did to a story's annotations when it got a new text.
struct ReanchorReport {
    qint64 revisionId = 0; ///< the revision row that keeps the old text
    int exact = 0; ///< found again as they were
    int fuzzy = 0; ///< found in a lightly edited form
    int orphaned = 0; ///< not found: kept with their old text, anchored = 0

    [[nodiscard]] int total() const { return exact + fuzzy + orphaned; }
};

/// A claim, quotation or mention that lost its place when its story changed.
struct OrphanedAnnotation {
    enum class Kind { Claim, Quotation, Mention };
    Kind kind = Kind::Claim;
    qint64 id = 0;
    qint64 articleId = 0;
    QString articleTitle;
    TextAnchor anchor; ///< the old exact text with its old prefix and suffix
    QString actorName; ///< the mention's actor, the quotation's speaker, the claim's claimant
    QDateTime revisedAt; ///< when the story last changed (UTC)
};

/// The rows a deleted orphan took with it (its own, tags, links, relay chain), to put back on undo.
struct AnnotationSnapshot {
    struct Rows {
        QString table;
        QStringList columns;
        QList<QVariantList> values;
    };
    OrphanedAnnotation::Kind kind = OrphanedAnnotation::Kind::Claim;
    qint64 id = 0;
    QList<Rows> rows; ///< the annotation's own row first, so that restoring inserts it first
};

/**
 * Story revisions: a changed story keeps its old texts, and its annotations follow the new one.
 *
 * replaceText() makes a new text current in one savepoint (inside the caller's transaction, or
 * on its own): the old text, title, hash, place and date go into `revision`, the article row
 * takes the new ones (its full-text index follows by trigger), and every claim, quotation and
 * mention of the story is re-anchored from its text-quote selector with TextAnchoring. One that
 * is not found is kept as an orphan (anchored = 0) with its old selector and an empty span at the
 * end of the new text, so that no reader unaware of orphans shows it at a wrong place, and is
 * listed by orphans() until the reader deletes it (or a later revision brings its text back). The store writes the claim rows' anchors itself with SQL of its own.
 */
class RevisionStore
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::RevisionStore)

public:
    explicit RevisionStore(QSqlDatabase db);

    /// The story an imported one is a new version of: the same URL (when it has one), else the
    /// same dateline place and title (title compared case-insensitively). The newest such story.
    [[nodiscard]] Result<std::optional<qint64>> previousVersion(const Article &article) const;
    /// Whether the story had a text with this content hash in an earlier revision.
    [[nodiscard]] Result<bool> hadText(qint64 articleId, const QByteArray &contentHash) const;

    /// Makes `revised` (text, title, place, date, language, content hash, source) the story's
    /// current text, keeping the old one as a revision, and re-anchors its annotations.
    Result<ReanchorReport> replaceText(qint64 articleId, const Article &revised);

    /// The story's texts, oldest first, the current one last.
    [[nodiscard]] Result<QList<Revision>> revisions(qint64 articleId) const;
    /// The text of a revision; revisionId 0 is the story's current text.
    [[nodiscard]] Result<QString> revisionText(qint64 articleId, qint64 revisionId) const;

    /// Every orphaned claim, quotation and mention in the library, most recently revised story
    /// first.
    [[nodiscard]] Result<QList<OrphanedAnnotation>> orphans() const;

    /// Deletes an annotation (an orphan the reader gave up on) with the rows that hang on it,
    /// returning what restoreAnnotation() needs to put it back.
    Result<AnnotationSnapshot> removeAnnotation(OrphanedAnnotation::Kind kind, qint64 id);
    /// Puts a removed annotation back with the same ids (undo of removeAnnotation).
    Status restoreAnnotation(const AnnotationSnapshot &snapshot);

private:
    Status exec(const QString &sql) const;

    QSqlDatabase m_db;
};

} // namespace Dateline
