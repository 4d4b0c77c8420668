// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadview.h"

#include "colorschemefollower.h"
#include "itemmodels/threadmodel.h"
#include "readertheme.h"
#include "threadgraph.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dateline
{

ThreadView::ThreadView(QSqlDatabase db, ReaderTheme *theme, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_db(std::move(db))
    , m_theme(theme)
{
    setObjectName(u"threadView"_s);
    setWindowTitle(tr("Thread"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"threadSummary"_s);
    m_summary->setWordWrap(true);

    m_model = new ThreadModel(this);
    m_timeline = new QTableView(this);
    m_timeline->setObjectName(u"threadTimeline"_s);
    m_timeline->setModel(m_model);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setWordWrap(false);
    m_timeline->horizontalHeader()->setSectionResizeMode(ThreadModel::TextColumn, QHeaderView::Stretch);
    m_timeline->horizontalHeader()->setSectionResizeMode(ThreadModel::RelationColumn, QHeaderView::ResizeToContents);
    m_graph = new ThreadGraph(this);

    const auto splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_graph);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    const auto layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    resize(1100, 560);

    connect(m_timeline, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { openClaim(index.data(ThreadModel::ClaimIdRole).toLongLong()); });
    connect(m_graph, &ThreadGraph::claimActivated, this, &ThreadView::openClaim);
    if (m_theme) {
        connect(m_theme, &ReaderTheme::changed, this, &ThreadView::redrawGraph);
    }
}

ThreadView::~ThreadView() = default;

bool ThreadView::showClaim(qint64 claimId)
{
    m_claimId = claimId;
    auto thread = ClaimThreads(m_db).thread(claimId);
    if (!thread) {
        m_model->clear();
        m_graph->clear();
        m_summary->setText(tr("Cannot read the thread: %1").arg(thread.error()));
        return false;
    }
    m_model->setThread(std::move(thread).value());
    const ClaimThread &shown = m_model->thread();
    QStringList conflicts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const QString text = m_model->conflictText(row); !text.isEmpty()) {
            conflicts << tr("%1: %2").arg(m_model->claimLabel(shown.claims.at(row).id), text);
        }
    }
    QString summary = tr("%n claim(s), %1", nullptr, int(shown.claims.size()))
                          .arg(tr("%n link(s)", nullptr, int(shown.links.size())));
    if (!conflicts.isEmpty()) {
        summary += u"\n"_s + tr("Conflicting figures: %1").arg(conflicts.join(u"; "_s));
    }
    m_summary->setText(summary);
    m_timeline->resizeColumnToContents(ThreadModel::OutletColumn);
    m_timeline->resizeColumnToContents(ThreadModel::DateColumn);
    const int row = m_model->rowOfClaim(claimId);
    if (row >= 0) {
        m_timeline->selectRow(row);
    }
    redrawGraph();
    return true;
}

void ThreadView::reload()
{
    if (m_claimId != 0) {
        showClaim(m_claimId);
    }
}

void ThreadView::openClaim(qint64 claimId)
{
    const int row = m_model->rowOfClaim(claimId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_timeline->selectRow(row);
    Q_EMIT openClaimRequested(index.data(ThreadModel::ArticleIdRole).toLongLong(),
        index.data(ThreadModel::StartRole).toLongLong(), index.data(ThreadModel::EndRole).toLongLong());
}

void ThreadView::redrawGraph()
{
    const bool dark = ColorSchemeFollower::isDark(palette());
    const KSyntaxHighlighting::Theme theme = m_theme ? m_theme->resolve(dark) : ReaderTheme().resolve(dark);
    m_graph->setThread(m_model->thread(), theme);
    m_graph->fitInView(m_graph->sceneRect(), Qt::KeepAspectRatio);
}

} // namespace Dateline
