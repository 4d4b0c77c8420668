// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/mention.h"

#include <QDockWidget>

class QAbstractItemView;
class QAction;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace Dateline
{

class ArticleActorsModel;
class ArticleClaimsModel;
class ArticleQuotesModel;

/**
 * The annotation dock beside the reader: the story's actors with their counts and, below them,
 * the mentions of the chosen actor; and the story's quotations with speaker, cue and chain.
 *
 * Choosing a row (click or keyboard) asks the reader to show it (actorChosen(), mentionChosen(),
 * quoteChosen()). Each list has the same decisions in its context menu and on the keyboard:
 * Return confirms, Delete rejects, F2 re-assigns; on an actor they apply to all its mentions in
 * the story. The dock only asks: the AnnotationController decides and records the change.
 *
 * The Claims tab lists the story's claims (text, claimant, status, tags, links) with several
 * rows chosen at once: Return edits, Delete deletes, and the context menu also links a claim to
 * another and tags the chosen claims. The ClaimController does the work.
 */
class AnnotationDock : public QDockWidget
{
    Q_OBJECT

public:
    enum class Decision { Confirm, Reject, Reassign };

    explicit AnnotationDock(QWidget *parent = nullptr);
    ~AnnotationDock() override;

    /// The models of the open library (nullptr: none).
    void setModels(ArticleActorsModel *actors, ArticleQuotesModel *quotes);
    /// The story's claims (nullptr: none).
    void setClaimsModel(ArticleClaimsModel *claims);
    /// Every mention of the story, for the list of the chosen actor's mentions.
    void setMentions(const QList<Mention> &mentions);
    /// Reads the models again, keeping the chosen rows.
    void reload();

    /// Chooses a row without asking the reader to move (the reader asked).
    void selectActor(qint64 actorId);
    void selectMention(qint64 mentionId);
    void selectQuote(qint64 quoteId);
    void selectClaim(qint64 claimId);

    [[nodiscard]] qint64 currentActorId() const;
    [[nodiscard]] qint64 currentMentionId() const;
    [[nodiscard]] qint64 currentQuoteId() const;
    [[nodiscard]] qint64 currentClaimId() const;
    /// The claims chosen in the Claims tab, in list order.
    [[nodiscard]] QList<qint64> selectedClaimIds() const;

    [[nodiscard]] QTreeView *actorsView() const { return m_actors; }
    [[nodiscard]] QTreeWidget *mentionsView() const { return m_mentions; }
    [[nodiscard]] QTreeView *quotesView() const { return m_quotes; }
    [[nodiscard]] QTreeView *claimsView() const { return m_claims; }
    /// "Link…" on a claim: off until the window connects it to the link dialog.
    [[nodiscard]] QAction *linkClaimAction() const { return m_linkClaim; }
    /// "Add alias…", "New actor…", "Actor page": the window puts them in its menus too.
    [[nodiscard]] QAction *addAliasAction() const { return m_addAlias; }
    [[nodiscard]] QAction *newActorAction() const { return m_newActor; }
    [[nodiscard]] QAction *actorPageAction() const { return m_actorPage; }

Q_SIGNALS:
    void actorChosen(qint64 actorId);
    void mentionChosen(qint64 mentionId);
    void quoteChosen(qint64 quoteId);
    /// A decision on mentions (of a mention row, or every mention of an actor row).
    void mentionDecision(Dateline::AnnotationDock::Decision decision, const QList<qint64> &mentionIds);
    void quoteDecision(Dateline::AnnotationDock::Decision decision, qint64 quoteId);
    void addAliasRequested(qint64 actorId);
    void newActorRequested();
    void actorPageRequested(qint64 actorId);
    void claimChosen(qint64 claimId);
    void claimEditRequested(qint64 claimId);
    void claimLinkRequested(qint64 claimId);
    void claimsTagRequested(const QList<qint64> &claimIds);
    void claimsDeleteRequested(const QList<qint64> &claimIds);

private:
    void addDecisionActions(QAbstractItemView *view);
    void decide(QAbstractItemView *view, Decision decision);
    void fillMentions();
    void buildClaimsTab();
    [[nodiscard]] QList<qint64> mentionIdsOfActor(qint64 actorId, bool includeRejected) const;

    QTabWidget *m_tabs = nullptr;
    QTreeView *m_actors = nullptr;
    QTreeWidget *m_mentions = nullptr;
    QTreeView *m_quotes = nullptr;
    QTreeView *m_claims = nullptr;
    ArticleClaimsModel *m_claimsModel = nullptr;
    QList<qint64> m_keptClaims; ///< chosen before the claims model was reset
    QAction *m_linkClaim = nullptr;
    ArticleActorsModel *m_actorsModel = nullptr;
    ArticleQuotesModel *m_quotesModel = nullptr;
    QList<Mention> m_storyMentions;
    QAction *m_addAlias = nullptr;
    QAction *m_newActor = nullptr;
    QAction *m_actorPage = nullptr;
    bool m_syncing = false; ///< set while the reader chooses a row: no request back to it
};

} // namespace Dateline
