// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimboard.h"

#include "claimcontroller.h"
#include "itemmodels/claimboardmodel.h"
#include "itemmodels/claimthreadproxymodel.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "storage/tagstore.h"
#include "threadview.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
/// The earliest date an edit can show stands for "no bound" (its special value text).
const QDate OpenDate(1900, 1, 1);
constexpr int TypingDelay = 250; // ms

QDateEdit *openDateEdit(const QString &objectName, QWidget *parent)
{
    const auto edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(OpenDate);
    edit->setSpecialValueText(ClaimBoard::tr("Any date"));
    edit->setDate(OpenDate);
    return edit;
}
} // namespace

ClaimBoard::ClaimBoard(MainWindow *window)
    : QWidget(window, Qt::Window)
    , m_window(window)
{
    setObjectName(u"claimBoard"_s);
    setWindowTitle(tr("Claim Board"));
    m_boardAction = new QAction(tr("Claim &Board"), window);
    m_boardAction->setObjectName(u"actionClaimBoard"_s);
    m_boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_showThreadAction = new QAction(tr("Show &Thread"), window);
    m_showThreadAction->setObjectName(u"actionShowThread"_s);
    m_showThreadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    window->addAction(m_boardAction);
    window->addAction(m_showThreadAction);
    // The board's actions work in the board too, where the window's shortcuts do not reach.
    addAction(m_showThreadAction);
    if (auto menu = window->menuBar()->findChild<QMenu *>(u"menuAnnotations"_s)) {
        menu->addSeparator();
        menu->addAction(m_boardAction);
        menu->addAction(m_showThreadAction);
    }
    connect(m_boardAction, &QAction::triggered, this, &ClaimBoard::showBoard);
    connect(m_showThreadAction, &QAction::triggered, this, [this] { showThread(); });
    // Claims, tags and links change through the window's undo stack: read them again.
    connect(window->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_model && isVisible()) {
            m_model->reload();
        } else {
            m_stale = true;
        }
        if (m_threadView && m_threadView->isVisible()) {
            m_threadView->reload();
        }
    });
    connect(window, &MainWindow::libraryChanged, this, [this] {
        if (isVisible()) {
            showBoard();
        }
    });
    buildWidgets();
    resize(1100, 640);
}

ClaimBoard::~ClaimBoard() = default;

void ClaimBoard::buildWidgets()
{
    m_tag = new QComboBox(this);
    m_tag->setObjectName(u"tagFilter"_s);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(u"actorFilter"_s);
    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->lineEdit()->setPlaceholderText(tr("Any actor"));
    m_actor->setMinimumContentsLength(14);
    m_outlet = new QComboBox(this);
    m_outlet->setObjectName(u"outletFilter"_s);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_from = openDateEdit(u"dateFrom"_s, this);
    m_to = openDateEdit(u"dateTo"_s, this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"claimSearch"_s);
    m_search->setPlaceholderText(tr("Search claims"));
    m_search->setClearButtonEnabled(true);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelay);

    const auto filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_outlet, 1);
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);

    const auto toolBar = new QToolBar(this);
    m_groupAction = toolBar->addAction(tr("Group by Thread"));
    m_groupAction->setObjectName(u"groupByThreadAction"_s);
    m_groupAction->setCheckable(true);
    toolBar->addAction(m_showThreadAction);
    m_tagSelectedAction = toolBar->addAction(tr("Tag Selected…"));
    m_tagSelectedAction->setObjectName(u"tagSelectedAction"_s);
    m_tagSelectedAction->setEnabled(false); // until claims are selected

    m_table = new QTreeView(this);
    m_table->setObjectName(u"claimTable"_s);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setUniformRowHeights(true);
    m_table->setRootIsDecorated(false);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSortingEnabled(false);
    m_table->header()->setSectionsClickable(true);
    m_table->header()->setSortIndicatorShown(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"claimBoardStatus"_s);

    const auto layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(toolBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);

    const auto changed = [this] { applyFilter(); };
    connect(m_tag, &QComboBox::currentIndexChanged, this, changed);
    connect(m_outlet, &QComboBox::currentIndexChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_actor, &QComboBox::activated, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_actor, &QComboBox::editTextChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &ClaimBoard::findActors);
    // Return applies at once, without waiting for the typing pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        findActors();
    });
    connect(m_groupAction, &QAction::toggled, this, &ClaimBoard::setGrouped);
    connect(m_tagSelectedAction, &QAction::triggered, this, &ClaimBoard::tagSelected);
    connect(m_table, &QAbstractItemView::activated, this, &ClaimBoard::openIndex);
    connect(m_table->header(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (!m_model || m_model->isGroupedByThread()) {
            return;
        }
        QHeaderView *header = m_table->header();
        if (!ClaimBoardModel::isSortable(section)) {
            // Only columns with an index sort; any other goes back to the newest claims first.
            header->setSortIndicatorShown(false);
            m_model->sort(section);
            return;
        }
        const bool again = header->isSortIndicatorShown() && header->sortIndicatorSection() == section;
        const Qt::SortOrder order = again && header->sortIndicatorOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        header->setSortIndicator(section, order);
        header->setSortIndicatorShown(true);
        m_model->sort(section, order);
    });
}

void ClaimBoard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model) {
        fillFilterChoices();
        applyFilter();
    }
    if (m_model && m_stale) {
        m_stale = false;
        m_model->reload();
    }
}

void ClaimBoard::showBoard()
{
    if (!ensureModels()) {
        return;
    }
    show();
    raise();
    activateWindow();
}

bool ClaimBoard::ensureModels()
{
    if (m_model) {
        return true;
    }
    LibrarySession *session = m_window->session();
    if (!session) {
        return false;
    }
    m_model = new ClaimBoardModel(session->library().database(), this);
    m_proxy = new ClaimThreadProxyModel(this);
    m_proxy->setSourceModel(m_model);
    connect(m_model, &ClaimBoardModel::errorOccurred, m_statusLabel, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClaimBoard::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClaimBoard::updateStatus);
    // New threads arrive page by page: show their claims at once.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_table, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid() && m_table->model() == m_proxy) {
            for (int row = first; row <= last; ++row) {
                m_table->expand(m_proxy->index(row, 0));
            }
        }
    });
    fillFilterChoices();
    m_model->setFilter(filterFromWidgets());
    setGrouped(m_groupAction->isChecked());
    m_stale = false;
    return true;
}

void ClaimBoard::detach()
{
    m_table->setModel(nullptr);
    delete m_threadView;
    m_threadView = nullptr;
    delete m_proxy;
    m_proxy = nullptr;
    delete m_model;
    m_model = nullptr;
}

void ClaimBoard::fillFilterChoices()
{
    LibrarySession *session = m_window->session();
    const QVariant chosenTag = m_tag->currentData();
    const QVariant chosenOutlet = m_outlet->currentData();
    const QVariant chosenStatus = m_status->currentData();
    const QSignalBlocker blockTag(m_tag);
    const QSignalBlocker blockOutlet(m_outlet);
    const QSignalBlocker blockStatus(m_status);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), 0);
    if (auto tags = TagStore(session->library().database()).tags()) {
        // Parents come before children: the depth of each is its parent's plus one.
        QHash<qint64, int> depth;
        for (const Tag &tag : tags.value()) {
            const int level = tag.parentId == 0 ? 0 : depth.value(tag.parentId) + 1;
            depth.insert(tag.id, level);
            m_tag->addItem(QString(level * 3, u' ') + tag.name, tag.id);
        }
    }
    m_outlet->clear();
    m_outlet->addItem(tr("Any outlet"), 0);
    if (auto outlets = session->store().outlets()) {
        for (const Outlet &outlet : outlets.value()) {
            m_outlet->addItem(outlet.name, outlet.id);
        }
    }
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    for (const ClaimStatus status : ClaimNames::allStatuses()) {
        m_status->addItem(ClaimNames::statusLabel(status), ClaimNames::statusName(status));
    }
    // Tags and outlets may have changed since the last time: keep what was chosen where it still is.
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(chosenTag)));
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(chosenOutlet)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(chosenStatus)));
}

void ClaimBoard::findActors()
{
    // The actor box offers the library's actors matching what was typed; the first one filters
    // until another is chosen from the list.
    LibrarySession *session = m_window->session();
    const QString typed = m_actor->currentText().trimmed();
    const qint64 chosen = m_actor->currentData().toLongLong();
    const bool typedChosen = chosen != 0 && m_actor->itemText(m_actor->currentIndex()) == typed;
    if (session && !typedChosen) {
        const QSignalBlocker block(m_actor);
        m_actor->clear();
        if (!typed.isEmpty()) {
            if (auto actors = session->actors().search(typed)) {
                for (const Actor &actor : actors.value()) {
                    m_actor->addItem(actor.name, actor.id);
                }
            }
        }
        m_actor->setEditText(typed);
    }
    applyFilter();
}

ClaimBoardFilter ClaimBoard::filterFromWidgets() const
{
    ClaimBoardFilter filter;
    filter.tagId = m_tag->currentData().toLongLong();
    filter.outletId = m_outlet->currentData().toLongLong();
    filter.status = ClaimNames::statusFromName(m_status->currentData().toString());
    if (!m_actor->currentText().trimmed().isEmpty()) {
        const int exact = m_actor->findText(m_actor->currentText().trimmed(), Qt::MatchFixedString);
        const int pick = exact >= 0 ? exact : (m_actor->count() > 0 ? 0 : -1);
        // A name that matches no actor lets nothing through rather than everything.
        filter.actorId = pick >= 0 ? m_actor->itemData(pick).toLongLong() : -1;
    }
    if (m_from->date() != OpenDate) {
        filter.from = m_from->date();
    }
    if (m_to->date() != OpenDate) {
        filter.to = m_to->date();
    }
    filter.text = m_search->text();
    return filter;
}

void ClaimBoard::applyFilter()
{
    if (m_model) {
        m_model->setFilter(filterFromWidgets());
    }
}

void ClaimBoard::setGrouped(bool grouped)
{
    if (!m_model) {
        return;
    }
    m_model->setGroupedByThread(grouped);
    m_table->setModel(grouped ? static_cast<QAbstractItemModel *>(m_proxy) : m_model);
    m_tagSelectedAction->setEnabled(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_tagSelectedAction->setEnabled(!selectedClaimIds().isEmpty()); });
    m_table->setRootIsDecorated(grouped);
    m_table->header()->setSortIndicatorShown(false);
    m_table->header()->setSectionResizeMode(ClaimBoardModel::TextColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ClaimBoardModel::TextColumn, 420);
    if (grouped) {
        m_table->expandAll();
    }
    updateStatus();
}

qint64 ClaimBoard::currentClaimId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return 0;
    }
    return current.siblingAtColumn(0).data(ClaimBoardModel::ClaimIdRole).toLongLong();
}

QList<qint64> ClaimBoard::selectedClaimIds() const
{
    QList<qint64> ids;
    if (!m_table->selectionModel()) {
        return ids;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const qint64 id = row.data(ClaimBoardModel::ClaimIdRole).toLongLong(); id != 0 && !ids.contains(id)) {
            ids << id;
        }
    }
    return ids;
}

void ClaimBoard::openIndex(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    const qint64 articleId = first.data(ClaimBoardModel::ArticleIdRole).toLongLong();
    if (articleId == 0) {
        return; // a thread row
    }
    m_window->openArticleAt(articleId, first.data(ClaimBoardModel::StartRole).toLongLong(),
        first.data(ClaimBoardModel::EndRole).toLongLong());
}

void ClaimBoard::showThread(qint64 claimId)
{
    if (!ensureModels()) {
        return;
    }
    if (claimId == 0) {
        claimId = currentClaimId();
        if (claimId == 0 && m_proxy && m_table->model() == m_proxy) {
            // A thread row: the thread's id is its smallest claim.
            claimId = m_proxy->threadIdAt(m_table->currentIndex());
        }
    }
    if (claimId == 0) {
        showBoard();
        m_statusLabel->setText(tr("Choose a claim to see its thread."));
        return;
    }
    if (!m_threadView) {
        m_threadView = new ThreadView(m_window->session()->library().database(), m_window->readerTheme(), this);
        connect(m_threadView, &ThreadView::openClaimRequested, m_window, &MainWindow::openArticleAt);
    }
    m_threadView->showClaim(claimId);
    m_threadView->show();
    m_threadView->raise();
    m_threadView->activateWindow();
}

void ClaimBoard::tagSelected()
{
    // The window's claim controller asks for the tag and pushes one undoable step for all claims.
    if (ClaimController *claims = m_window->claimController()) {
        claims->askToTagClaims(selectedClaimIds());
    }
}

void ClaimBoard::updateStatus()
{
    if (!m_model) {
        m_statusLabel->clear();
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_statusLabel->setText(m_model->lastError());
        return;
    }
    const int rows = m_model->rowCount();
    m_statusLabel->setText(m_model->canFetchMore({}) ? tr("%n claim(s) shown, more below", nullptr, rows)
                                                     : tr("%n claim(s)", nullptr, rows));
}

} // namespace Dateline
