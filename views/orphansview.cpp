// SPDX-License-Identifier: GPL-3.0-or-later
#include "orphansview.h"

#include "importcontroller.h"
#include "itemmodels/orphansmodel.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "removeorphancommand.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dateline
{

OrphansView::OrphansView(MainWindow *window)
    : QDockWidget(tr("Orphaned Annotations"), window)
    , m_window(window)
{
    setObjectName(u"orphansDock"_s);
    const auto pane = new QWidget(this);
    const auto layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_openAction = new QAction(tr("Open Story"), this);
    m_openAction->setObjectName(u"actionOpenOrphanStory"_s);
    m_openAction->setToolTip(tr("Show the story of the selected annotation"));
    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(u"actionDeleteOrphan"_s);
    m_deleteAction->setToolTip(tr("Delete the selected annotation (it can be undone)"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only while the list has focus: Delete means something else elsewhere in the window.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const auto toolBar = new QToolBar(pane);
    toolBar->setObjectName(u"orphansToolBar"_s);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_deleteAction);
    layout->addWidget(toolBar);

    m_list = new QTreeView(pane);
    m_list->setObjectName(u"orphansList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->addAction(m_deleteAction);
    layout->addWidget(m_list, 1);
    m_status = new QLabel(pane);
    m_status->setObjectName(u"orphansStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(pane);

    connect(m_list, &QAbstractItemView::doubleClicked, this, &OrphansView::openCurrent);
    connect(m_openAction, &QAction::triggered, this, &OrphansView::openCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &OrphansView::deleteCurrent);

    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    hide();
    QAction *toggle = toggleViewAction();
    toggle->setObjectName(u"actionOrphans"_s);
    toggle->setText(tr("Orphaned Annotations"));
    toggle->setToolTip(tr("Claims, quotations and mentions whose text is gone from a changed story"));
    window->addAction(toggle);
    if (auto menu = window->menuBar()->findChild<QMenu *>(u"menuView"_s)) {
        menu->addAction(toggle);
    }

    connect(window->importController(), &ImportController::finished, this, &OrphansView::importFinished);
    connect(window->undoStack(), &QUndoStack::indexChanged, this, [this] { reload(); });
    connect(window, &MainWindow::libraryChanged, this, [this] { reload(); });
    updateStatus();
}

OrphansView::~OrphansView() = default;

std::optional<RevisionStore> OrphansView::revisionStore() const
{
    if (!m_window->session()) {
        return std::nullopt;
    }
    return RevisionStore(m_window->session()->library().database());
}

void OrphansView::reportError(const QString &message)
{
    m_status->setText(message);
}

void OrphansView::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void OrphansView::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_window->session()) {
        return;
    }
    const QSqlDatabase db = m_window->session()->library().database();
    if (!m_model || m_modelConnection != db.connectionName()) {
        // Another library: a model of its own, so that the list never mixes two files.
        delete m_model;
        m_model = new OrphansModel(db, this);
        m_modelConnection = db.connectionName();
        m_list->setModel(m_model);
        m_list->header()->setSectionResizeMode(OrphansModel::OldTextColumn, QHeaderView::Stretch);
        connect(m_model, &OrphansModel::errorOccurred, this, &OrphansView::reportError);
        connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrphansView::updateStatus);
    }
    if (m_model->reload()) {
        updateStatus();
    }
}

void OrphansView::updateStatus()
{
    const bool current = m_model && m_list->currentIndex().isValid();
    m_openAction->setEnabled(current);
    m_deleteAction->setEnabled(current);
    if (!m_model) {
        m_status->clear();
        return;
    }
    m_status->setText(m_model->rowCount() == 0
            ? tr("No orphaned annotations: every claim, quotation and mention has its place in its story.")
            : tr("%n annotation(s) lost their text when their story changed.", nullptr, m_model->rowCount()));
}

void OrphansView::openCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!m_model || !index.isValid()) {
        return;
    }
    // The annotation has no place in the new text: the story opens at its start.
    m_window->openArticleAt(index.data(OrphansModel::ArticleIdRole).toLongLong(), 0, 0);
}

void OrphansView::deleteCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    std::optional<RevisionStore> store = revisionStore();
    if (!m_model || !index.isValid() || !store) {
        return;
    }
    const OrphanedAnnotation orphan = m_model->orphanAt(index.row());
    auto removed = store->removeAnnotation(orphan.kind, orphan.id);
    if (!removed) {
        reportError(removed.error());
        return;
    }
    QString text;
    switch (orphan.kind) {
    case OrphanedAnnotation::Kind::Claim:
        text = tr("Delete Orphaned Claim");
        break;
    case OrphanedAnnotation::Kind::Quotation:
        text = tr("Delete Orphaned Quotation");
        break;
    case OrphanedAnnotation::Kind::Mention:
        text = tr("Delete Orphaned Mention");
        break;
    }
    m_window->undoStack()->push(new RemoveOrphanCommand(this, std::move(removed).value(), text));
    // The push changed the stack's index, which read the list again; keep the place in it.
    const int row = std::min(index.row(), m_model->rowCount() - 1);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, OrphansModel::OldTextColumn));
    }
    updateStatus();
}

void OrphansView::importFinished(const ImportReport &report)
{
    if (report.updated > 0) {
        reload();
    }
}

} // namespace Dateline
