// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdock.h"

#include "annotationtext.h"
#include "itemmodels/articleactorsmodel.h"
#include "itemmodels/articleclaimsmodel.h"
#include "itemmodels/articlequotesmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
constexpr int MentionIdRole = Qt::UserRole + 1;

QTreeView *makeView(const QString &objectName, QWidget *parent)
{
    const auto view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QAction *makeAction(QWidget *view, const QString &objectName, const QString &text, const QList<QKeySequence> &keys)
{
    const auto action = new QAction(text, view);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    // Only while this list has the focus: Delete in the search box must still delete text.
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    return action;
}
} // namespace

AnnotationDock::AnnotationDock(QWidget *parent)
    : QDockWidget(tr("Annotations"), parent)
{
    setObjectName(u"annotationDock"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"annotationTabs"_s);

    m_actors = makeView(u"dockActors"_s, this);
    m_mentions = new QTreeWidget(this);
    m_mentions->setObjectName(u"dockMentions"_s);
    m_mentions->setRootIsDecorated(false);
    m_mentions->setUniformRowHeights(true);
    m_mentions->setAllColumnsShowFocus(true);
    m_mentions->setHeaderLabels({ tr("Mention"), tr("State") });
    m_mentions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_quotes = makeView(u"dockQuotes"_s, this);
    m_quotes->setWordWrap(true);
    m_quotes->setUniformRowHeights(false);

    const auto actorsPane = new QSplitter(Qt::Vertical, this);
    actorsPane->setObjectName(u"dockActorsPane"_s);
    actorsPane->addWidget(m_actors);
    actorsPane->addWidget(m_mentions);
    actorsPane->setStretchFactor(0, 2);
    actorsPane->setStretchFactor(1, 1);

    m_tabs->addTab(actorsPane, tr("Actors"));
    m_tabs->addTab(m_quotes, tr("Quotations"));
    buildClaimsTab();
    setWidget(m_tabs);

    for (QAbstractItemView *view : { static_cast<QAbstractItemView *>(m_actors),
             static_cast<QAbstractItemView *>(m_mentions), static_cast<QAbstractItemView *>(m_quotes) }) {
        addDecisionActions(view);
    }

    m_addAlias = new QAction(tr("Add &Alias…"), this);
    m_addAlias->setObjectName(u"actionAddAlias"_s);
    m_addAlias->setStatusTip(tr("Teach the library another name for the chosen actor"));
    connect(m_addAlias, &QAction::triggered, this, [this] {
        if (const qint64 actor = currentActorId(); actor != 0) {
            Q_EMIT addAliasRequested(actor);
        }
    });
    m_newActor = new QAction(tr("&New Actor…"), this);
    m_newActor->setObjectName(u"actionNewActor"_s);
    m_newActor->setStatusTip(tr("Create an actor of your own, named at the text selected in the reader"));
    connect(m_newActor, &QAction::triggered, this, &AnnotationDock::newActorRequested);
    m_actorPage = new QAction(tr("Actor &Page"), this);
    m_actorPage->setObjectName(u"actionActorPage"_s);
    m_actorPage->setStatusTip(tr("Every quotation by the chosen actor, and the names each outlet uses for it"));
    connect(m_actorPage, &QAction::triggered, this, [this] {
        if (const qint64 actor = currentActorId(); actor != 0) {
            Q_EMIT actorPageRequested(actor);
        }
    });
    for (QWidget *view : { static_cast<QWidget *>(m_actors), static_cast<QWidget *>(m_mentions) }) {
        const auto separator = new QAction(view);
        separator->setSeparator(true);
        view->addAction(separator);
        view->addAction(m_addAlias);
        view->addAction(m_newActor);
        view->addAction(m_actorPage);
    }
    connect(m_actors, &QTreeView::doubleClicked, m_actorPage, &QAction::trigger);

    connect(m_mentions, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !m_syncing) {
            Q_EMIT mentionChosen(item->data(0, MentionIdRole).toLongLong());
        }
    });
}

AnnotationDock::~AnnotationDock() = default;

void AnnotationDock::buildClaimsTab()
{
    m_claims = makeView(u"dockClaims"_s, this);
    m_claims->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_claims->setWordWrap(true);
    m_claims->setUniformRowHeights(false);
    m_claims->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tabs->addTab(m_claims, tr("Claims"));

    const auto edit = makeAction(m_claims, u"dockClaimsEdit"_s, tr("&Edit Claim…"), { Qt::Key_Return, Qt::Key_Enter });
    connect(edit, &QAction::triggered, this, [this] {
        if (const qint64 claim = currentClaimId(); claim != 0) {
            Q_EMIT claimEditRequested(claim);
        }
    });
    m_linkClaim = makeAction(m_claims, u"dockClaimsLink"_s, tr("&Link…"), { QKeySequence(u"Ctrl+L"_s) });
    m_linkClaim->setEnabled(false);
    connect(m_linkClaim, &QAction::triggered, this, [this] {
        if (const qint64 claim = currentClaimId(); claim != 0) {
            Q_EMIT claimLinkRequested(claim);
        }
    });
    const auto tag = makeAction(m_claims, u"dockClaimsTag"_s, tr("&Tag Selected…"), { QKeySequence(u"Ctrl+T"_s) });
    connect(tag, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedClaimIds(); !ids.isEmpty()) {
            Q_EMIT claimsTagRequested(ids);
        }
    });
    const auto remove = makeAction(m_claims, u"dockClaimsDelete"_s, tr("&Delete"), { QKeySequence::Delete });
    connect(remove, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedClaimIds(); !ids.isEmpty()) {
            Q_EMIT claimsDeleteRequested(ids);
        }
    });
    connect(m_claims, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 claim = index.siblingAtColumn(0).data(ArticleClaimsModel::ClaimIdRole).toLongLong()) {
            Q_EMIT claimEditRequested(claim);
        }
    });
}

void AnnotationDock::setClaimsModel(ArticleClaimsModel *claims)
{
    if (m_claimsModel) {
        disconnect(m_claimsModel, nullptr, this, nullptr);
    }
    m_claimsModel = claims;
    m_claims->setModel(claims);
    if (!claims) {
        return;
    }
    m_claims->header()->setSectionResizeMode(ArticleClaimsModel::TextColumn, QHeaderView::Stretch);
    m_claims->header()->setStretchLastSection(false);
    connect(m_claims->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_syncing && currentClaimId() != 0) {
            Q_EMIT claimChosen(currentClaimId());
        }
    });
    // A change reloads the model: the person stays on the claims they had chosen.
    connect(claims, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptClaims = selectedClaimIds(); });
    connect(claims, &QAbstractItemModel::modelReset, this, [this] {
        const QList<qint64> kept = std::exchange(m_keptClaims, {});
        const bool syncing = m_syncing;
        m_syncing = true;
        for (const qint64 id : kept) {
            const int row = m_claimsModel->rowOfClaim(id);
            if (row < 0) {
                continue;
            }
            const QModelIndex index = m_claimsModel->index(row, ArticleClaimsModel::TextColumn);
            if (id == kept.first()) {
                m_claims->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            } else {
                m_claims->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
        m_syncing = syncing;
    });
}

void AnnotationDock::selectClaim(qint64 claimId)
{
    if (!m_claimsModel) {
        return;
    }
    const int row = m_claimsModel->rowOfClaim(claimId);
    if (row < 0) {
        return;
    }
    m_tabs->setCurrentWidget(m_claims);
    m_syncing = true;
    m_claims->setCurrentIndex(m_claimsModel->index(row, ArticleClaimsModel::TextColumn));
    m_claims->scrollTo(m_claims->currentIndex());
    m_syncing = false;
}

qint64 AnnotationDock::currentClaimId() const
{
    const QModelIndex index = m_claims->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(ArticleClaimsModel::ClaimIdRole).toLongLong() : 0;
}

QList<qint64> AnnotationDock::selectedClaimIds() const
{
    QList<qint64> ids;
    if (!m_claims->selectionModel()) {
        return ids;
    }
    QModelIndexList rows = m_claims->selectionModel()->selectedRows(ArticleClaimsModel::TextColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        ids << index.data(ArticleClaimsModel::ClaimIdRole).toLongLong();
    }
    // The row with the focus counts when nothing is selected (a keyboard user on one claim).
    if (ids.isEmpty() && currentClaimId() != 0) {
        ids << currentClaimId();
    }
    return ids;
}

void AnnotationDock::addDecisionActions(QAbstractItemView *view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    const QString prefix = view->objectName();
    connect(makeAction(view, prefix + u"Confirm"_s, tr("&Confirm"), { Qt::Key_Return, Qt::Key_Enter }),
        &QAction::triggered, this, [this, view] { decide(view, Decision::Confirm); });
    connect(makeAction(view, prefix + u"Reject"_s, tr("&Reject"), { QKeySequence::Delete }), &QAction::triggered, this,
        [this, view] { decide(view, Decision::Reject); });
    connect(makeAction(view, prefix + u"Reassign"_s,
                view == m_quotes ? tr("Re-assign &Speaker…") : tr("Re-assign &Actor…"), { Qt::Key_F2 }),
        &QAction::triggered, this, [this, view] { decide(view, Decision::Reassign); });
}

void AnnotationDock::decide(QAbstractItemView *view, Decision decision)
{
    if (view == m_quotes) {
        if (const qint64 quote = currentQuoteId(); quote != 0) {
            Q_EMIT quoteDecision(decision, quote);
        }
        return;
    }
    QList<qint64> ids;
    if (view == m_mentions) {
        if (const qint64 mention = currentMentionId(); mention != 0) {
            ids << mention;
        }
    } else if (const qint64 actor = currentActorId(); actor != 0) {
        // Rejected mentions stay rejected when the whole actor is confirmed or moved.
        ids = mentionIdsOfActor(actor, false);
    }
    if (!ids.isEmpty()) {
        Q_EMIT mentionDecision(decision, ids);
    }
}

void AnnotationDock::setModels(ArticleActorsModel *actors, ArticleQuotesModel *quotes)
{
    m_actorsModel = actors;
    m_quotesModel = quotes;
    m_actors->setModel(actors);
    m_quotes->setModel(quotes);
    m_storyMentions.clear();
    fillMentions();
    if (actors) {
        m_actors->header()->setSectionResizeMode(ArticleActorsModel::NameColumn, QHeaderView::Stretch);
        m_actors->header()->setStretchLastSection(false);
        connect(m_actors->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
            fillMentions();
            if (!m_syncing && currentActorId() != 0) {
                Q_EMIT actorChosen(currentActorId());
            }
        });
    }
    if (quotes) {
        connect(m_quotes->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
            if (!m_syncing && currentQuoteId() != 0) {
                Q_EMIT quoteChosen(currentQuoteId());
            }
        });
    }
}

void AnnotationDock::setMentions(const QList<Mention> &mentions)
{
    m_storyMentions = mentions;
    fillMentions();
}

void AnnotationDock::reload()
{
    const qint64 actor = currentActorId();
    const qint64 mention = currentMentionId();
    const qint64 quote = currentQuoteId();
    m_syncing = true;
    if (m_actorsModel) {
        m_actorsModel->reload();
    }
    if (m_quotesModel) {
        m_quotesModel->reload();
    }
    m_syncing = false;
    // Back on the rows the person was on, without moving the reader.
    if (actor != 0) {
        selectActor(actor);
    }
    if (mention != 0) {
        selectMention(mention);
    }
    if (quote != 0) {
        selectQuote(quote);
    }
}

void AnnotationDock::fillMentions()
{
    const qint64 keep = currentMentionId();
    const bool syncing = m_syncing;
    m_syncing = true;
    m_mentions->clear();
    const qint64 actor = currentActorId();
    QTreeWidgetItem *current = nullptr;
    for (const Mention &mention : std::as_const(m_storyMentions)) {
        if (actor == 0 || (mention.actor.id != actor && mention.alsoActor.id != actor)) {
            continue;
        }
        const auto item = new QTreeWidgetItem(m_mentions, { mention.text, AnnotationText::stateName(mention.state) });
        item->setData(0, MentionIdRole, mention.id);
        item->setToolTip(0, tr("At character %1 of the story").arg(mention.start));
        if (mention.state == AnnotationState::Rejected) {
            QFont font = item->font(0);
            font.setStrikeOut(true);
            item->setFont(0, font);
        }
        if (mention.id == keep) {
            current = item;
        }
    }
    if (current) {
        m_mentions->setCurrentItem(current);
    }
    m_syncing = syncing;
}

QList<qint64> AnnotationDock::mentionIdsOfActor(qint64 actorId, bool includeRejected) const
{
    QList<qint64> ids;
    for (const Mention &mention : m_storyMentions) {
        if ((mention.actor.id == actorId || mention.alsoActor.id == actorId) &&
            (includeRejected || mention.state != AnnotationState::Rejected)) {
            ids << mention.id;
        }
    }
    return ids;
}

void AnnotationDock::selectActor(qint64 actorId)
{
    if (!m_actorsModel) {
        return;
    }
    const int row = m_actorsModel->rowOfActor(actorId);
    if (row < 0) {
        return;
    }
    m_syncing = true;
    m_actors->setCurrentIndex(m_actorsModel->index(row, ArticleActorsModel::NameColumn));
    m_actors->scrollTo(m_actors->currentIndex());
    m_syncing = false;
}

void AnnotationDock::selectMention(qint64 mentionId)
{
    const auto found = std::find_if(m_storyMentions.cbegin(), m_storyMentions.cend(),
        [mentionId](const Mention &mention) { return mention.id == mentionId; });
    if (found == m_storyMentions.cend()) {
        return;
    }
    m_tabs->setCurrentIndex(0);
    selectActor(found->actor.id);
    m_syncing = true;
    for (int i = 0; i < m_mentions->topLevelItemCount(); ++i) {
        if (m_mentions->topLevelItem(i)->data(0, MentionIdRole).toLongLong() == mentionId) {
            m_mentions->setCurrentItem(m_mentions->topLevelItem(i));
            break;
        }
    }
    m_syncing = false;
}

void AnnotationDock::selectQuote(qint64 quoteId)
{
    if (!m_quotesModel) {
        return;
    }
    const int row = m_quotesModel->rowOfQuote(quoteId);
    if (row < 0) {
        return;
    }
    m_tabs->setCurrentIndex(1);
    m_syncing = true;
    m_quotes->setCurrentIndex(m_quotesModel->index(row, ArticleQuotesModel::TextColumn));
    m_quotes->scrollTo(m_quotes->currentIndex());
    m_syncing = false;
}

qint64 AnnotationDock::currentActorId() const
{
    const QModelIndex index = m_actors->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(ArticleActorsModel::ActorIdRole).toLongLong() : 0;
}

qint64 AnnotationDock::currentMentionId() const
{
    const QTreeWidgetItem *item = m_mentions->currentItem();
    return item ? item->data(0, MentionIdRole).toLongLong() : 0;
}

qint64 AnnotationDock::currentQuoteId() const
{
    const QModelIndex index = m_quotes->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(ArticleQuotesModel::QuoteIdRole).toLongLong() : 0;
}

} // namespace Dateline
