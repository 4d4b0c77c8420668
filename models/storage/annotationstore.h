// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/mention.h"
#include "domain/quote.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace Dateline
{

class ActorStore;

/**
 * One reader's decision on a mention or a quotation, with what it replaced: enough to undo it
 * (AnnotationStore::revert) and to do it again (AnnotationStore::apply), so that a QUndoCommand
 * only has to keep this value.
 */
struct AnnotationChange {
    enum class Target { Mention, Quote };
    Target target = Target::Mention;
    qint64 id = 0;
    qint64 articleId = 0;
    /// The mention's actor or the quotation's speaker (0: none), before and after.
    qint64 previousActorId = 0;
    qint64 actorId = 0;
    AnnotationState previousState = AnnotationState::Suggested;
    AnnotationState state = AnnotationState::Suggested;
};

/**
 * Mentions of actors and quotations in stories: the analysis' suggestions and the reader's
 * decisions on them.
 *
 * A decision is a state on the row itself: confirmed, rejected, or origin user (an annotation the
 * reader added). replaceSuggestions() deletes only rows that are still suggested and leaves out
 * every new suggestion that overlaps a decided one, so that nothing rejected comes back, and a
 * quotation whose speaker the reader re-assigned (it is then confirmed) keeps that speaker.
 * Rejected mentions feed the library's gazetteer as suppressions (ActorStore::libraryGazetteer).
 *
 * Each annotation is stored with its text-quote selector: the exact text and 32 characters of
 * prefix and suffix. Offsets are UTF-16 code units into the article's canonical text.
 */
class AnnotationStore
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::AnnotationStore)

public:
    /// The length of the prefix and suffix of a text-quote selector.
    static constexpr int SelectorContext = 32;

    explicit AnnotationStore(QSqlDatabase db);
    [[nodiscard]] QSqlDatabase database() const { return m_db; }

    /// Replaces the suggested annotations of one article with new ones (from the Analyzer):
    /// actors are ensured by key (ActorStore::ensure), mentions and quotations marked suggested,
    /// relay chains written to quote_relay. Writes inside the caller's transaction: wrap it in a
    /// Transaction (the importer's batch, Reanalyzer's per article). `text` is the article's
    /// canonical text, for the selectors.
    Status replaceSuggestions(qint64 articleId, const QString &text, const QList<Mention> &mentions,
        const QList<Quote> &quotes, ActorStore &actors);

    /// Every mention of a story, rejected ones included, by start offset; actor and alsoActor
    /// carry id, key, name and kind.
    Result<QList<Mention>> mentions(qint64 articleId) const;
    /// Every quotation of a story by start offset, with speaker, cue (span and text) and via chain.
    Result<QList<Quote>> quotes(qint64 articleId) const;
    Result<Mention> mention(qint64 id) const;
    Result<Quote> quote(qint64 id) const;

    Result<AnnotationChange> confirmMention(qint64 id);
    Result<AnnotationChange> rejectMention(qint64 id);
    /// Gives the mention to another actor and confirms it.
    Result<AnnotationChange> reassignMention(qint64 id, qint64 actorId);
    Result<AnnotationChange> confirmQuote(qint64 id);
    Result<AnnotationChange> rejectQuote(qint64 id);
    /// Gives the quotation another speaker (0: none) and confirms it.
    Result<AnnotationChange> reassignQuote(qint64 id, qint64 speakerActorId);
    /// Puts back what `change` replaced (undo).
    Status revert(const AnnotationChange &change);
    /// Does `change` again (redo).
    Status apply(const AnnotationChange &change);

    /// A mention the reader marks (origin user, confirmed); selectors taken from the article.
    Result<Mention> addUserMention(qint64 articleId, qint64 actorId, qsizetype start, qsizetype end);
    /// A quotation the reader marks (origin user, confirmed).
    Result<Quote> addUserQuote(qint64 articleId, qsizetype start, qsizetype end, qint64 speakerActorId,
        Quote::Type type = Quote::Type::Direct);
    Status removeMention(qint64 id); ///< undo of addUserMention
    Status removeQuote(qint64 id); ///< undo of addUserQuote

    /// The text-quote selector around [start, end) of `text`: prefix and suffix of up to 32 characters.
    [[nodiscard]] static QString selectorPrefix(const QString &text, qsizetype start);
    [[nodiscard]] static QString selectorSuffix(const QString &text, qsizetype end);

    [[nodiscard]] static QString stateName(AnnotationState state); ///< "suggested", ...
    [[nodiscard]] static AnnotationState stateFromName(const QString &name);
    [[nodiscard]] static QString originName(AnnotationOrigin origin); ///< "rule", "gazetteer", "user"
    [[nodiscard]] static QString matchName(Mention::Match match); ///< "exact", "folded", ...
    [[nodiscard]] static Mention::Match matchFromName(const QString &name);
    [[nodiscard]] static Quote::Type quoteTypeFromName(const QString &name);

private:
    Result<AnnotationChange> setMention(qint64 id, std::optional<qint64> actorId, AnnotationState state);
    Result<AnnotationChange> setQuote(qint64 id, std::optional<qint64> speakerId, AnnotationState state);
    Result<AnnotationChange> setAnnotation(
        AnnotationChange::Target target, qint64 id, std::optional<qint64> actorId, AnnotationState state);

    /// The statement for `sql`, prepared on first use and kept (shared by copies of the store).
    bool prepare(QSqlQuery *&query, const QString &sql);

    QSqlDatabase m_db;
    std::shared_ptr<QHash<QString, std::shared_ptr<QSqlQuery>>> m_prepared;
    std::shared_ptr<QSet<QString>> m_ready;
};

} // namespace Dateline
