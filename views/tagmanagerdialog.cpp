// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmanagerdialog.h"

#include "claimcontroller.h"
#include "itemmodels/tagtreemodel.h"

#include <QAction>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
QAction *makeAction(QWidget *owner, const QString &objectName, const QString &text, const QList<QKeySequence> &keys)
{
    const auto action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}
} // namespace

TagManagerDialog::TagManagerDialog(ClaimController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(u"tagManager"_s);
    setWindowTitle(tr("Tag Manager"));
    TagTreeModel *model = controller->tagTreeModel();

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"tagManagerTree"_s);
    m_tree->setModel(model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_tree->expandAll();

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"tagManagerSummary"_s);

    m_new = makeAction(this, u"tagNew"_s, tr("&New Tag…"), { QKeySequence::New, Qt::Key_Insert });
    m_rename = makeAction(this, u"tagRename"_s, tr("&Rename"), { Qt::Key_F2 });
    m_colour = makeAction(this, u"tagColour"_s, tr("&Colour…"), {});
    m_clearColour = makeAction(this, u"tagClearColour"_s, tr("&No Colour"), {});
    m_move = makeAction(this, u"tagMove"_s, tr("&Move to…"), { QKeySequence(u"Ctrl+Shift+M"_s) });
    m_merge = makeAction(this, u"tagMerge"_s, tr("Mer&ge into…"), { QKeySequence(u"Ctrl+G"_s) });
    m_delete = makeAction(this, u"tagDelete"_s, tr("&Delete…"), { QKeySequence::Delete });
    // Undo and Redo from the dialog as from the window: the same stack.
    const auto undo = controller->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"tagUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    const auto redo = controller->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"tagRedo"_s);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    m_tree->addActions({ m_new, m_rename, m_colour, m_clearColour, m_move, m_merge, m_delete });

    connect(m_new, &QAction::triggered, this, &TagManagerDialog::askForNewTag);
    connect(m_rename, &QAction::triggered, this, [this] {
        if (m_tree->currentIndex().isValid()) {
            m_tree->edit(m_tree->currentIndex().siblingAtColumn(TagTreeModel::NameColumn));
        }
    });
    connect(m_colour, &QAction::triggered, this, &TagManagerDialog::askForColour);
    connect(m_clearColour, &QAction::triggered, this, [this] {
        if (const qint64 tag = currentTagId(); tag != 0) {
            m_controller->recolourTag(tag, {});
        }
    });
    connect(m_move, &QAction::triggered, this, &TagManagerDialog::askForMoveTarget);
    connect(m_merge, &QAction::triggered, this, &TagManagerDialog::askForMergeTarget);
    connect(m_delete, &QAction::triggered, this, &TagManagerDialog::confirmDelete);

    // Queued: the request arrives while the view commits an edit or finishes a drop, and the
    // step reloads the model, which must not happen under the view's feet.
    connect(model, &TagTreeModel::renameRequested, this,
        [this](qint64 tag, const QString &name) { m_controller->renameTag(tag, name); }, Qt::QueuedConnection);
    connect(model, &TagTreeModel::moveRequested, this,
        [this](qint64 tag, qint64 newParent) { m_controller->moveTag(tag, newParent); }, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepTagId = currentTagId(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        if (m_keepTagId != 0) {
            selectTag(m_keepTagId);
        }
        updateActions();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TagManagerDialog::updateActions);

    const auto buttonRow = new QHBoxLayout;
    for (QAction *action : { m_new, m_rename, m_colour, m_move, m_merge, m_delete }) {
        const auto button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttonRow->addWidget(button);
    }
    buttonRow->addStretch(1);
    const auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto layout = new QVBoxLayout(this);
    layout->addLayout(buttonRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(480, 520);
    updateActions();
}

TagManagerDialog::~TagManagerDialog() = default;

qint64 TagManagerDialog::currentTagId() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.siblingAtColumn(TagTreeModel::NameColumn).data(TagTreeModel::TagIdRole).toLongLong()
                           : 0;
}

void TagManagerDialog::selectTag(qint64 tagId)
{
    const QModelIndex index = m_controller->tagTreeModel()->indexOfTag(tagId);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void TagManagerDialog::updateActions()
{
    const bool chosen = currentTagId() != 0;
    for (QAction *action : { m_rename, m_colour, m_clearColour, m_move, m_merge, m_delete }) {
        action->setEnabled(chosen);
    }
    const int tags = int(m_controller->tagTreeModel()->tags().size());
    m_summary->setText(tr("%n tag(s). Drag a tag onto another to nest it.", nullptr, tags));
}

QStringList TagManagerDialog::pathsExcept(qint64 tagId, bool withDescendants) const
{
    const TagTreeModel *model = m_controller->tagTreeModel();
    QStringList paths;
    for (const Tag &tag : model->tags()) {
        if (tag.id == tagId || (withDescendants && model->isWithin(tag.id, tagId))) {
            continue;
        }
        paths << model->path(tag.id);
    }
    paths.sort(Qt::CaseInsensitive);
    return paths;
}

void TagManagerDialog::askForNewTag()
{
    const qint64 parent = currentTagId();
    const auto dialog = new QInputDialog(this);
    dialog->setObjectName(u"newTagDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Tag"));
    dialog->setLabelText(parent != 0 ? tr("Name of the new tag under “%1”:").arg(m_controller->tagPath(parent))
                                     : tr("Name of the new tag:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, parent](const QString &text) {
        if (const qint64 id = m_controller->createTag(text.simplified(), parent); id != 0) {
            selectTag(id);
        }
    });
    dialog->open();
}

void TagManagerDialog::askForColour()
{
    const qint64 tag = currentTagId();
    if (tag == 0) {
        return;
    }
    const QString current = m_controller->tagTreeModel()->tag(tag).colour;
    const auto dialog = new QColorDialog(current.isEmpty() ? QColor(Qt::white) : QColor(current), this);
    dialog->setObjectName(u"tagColourDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Colour of “%1”").arg(m_controller->tagPath(tag)));
    connect(dialog, &QColorDialog::colorSelected, this,
        [this, tag](const QColor &colour) { m_controller->recolourTag(tag, colour.name(QColor::HexRgb)); });
    dialog->open();
}

void TagManagerDialog::askForMoveTarget()
{
    const qint64 tag = currentTagId();
    if (tag == 0) {
        return;
    }
    const QString topLevel = tr("(Top level)");
    const auto dialog = new QInputDialog(this);
    dialog->setObjectName(u"moveTagDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Move Tag"));
    dialog->setLabelText(tr("Move “%1” under:").arg(m_controller->tagPath(tag)));
    dialog->setComboBoxItems(QStringList { topLevel } + pathsExcept(tag, true));
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, tag, topLevel](const QString &text) {
        const qint64 parent = text == topLevel ? 0 : m_controller->tagTreeModel()->tagIdOfPath(text);
        if (text == topLevel || parent != 0) {
            m_controller->moveTag(tag, parent);
        }
    });
    dialog->open();
}

void TagManagerDialog::askForMergeTarget()
{
    const qint64 tag = currentTagId();
    if (tag == 0) {
        return;
    }
    const QStringList targets = pathsExcept(tag, false);
    if (targets.isEmpty()) {
        return;
    }
    const auto dialog = new QInputDialog(this);
    dialog->setObjectName(u"mergeTagDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Merge Tag"));
    dialog->setLabelText(tr("Merge “%1” into (its claims and sub-tags go there, and it is deleted):")
                             .arg(m_controller->tagPath(tag)));
    dialog->setComboBoxItems(targets);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, tag](const QString &text) {
        if (const qint64 into = m_controller->tagTreeModel()->tagIdOfPath(text); into != 0) {
            m_controller->mergeTags(tag, into);
            selectTag(into);
        }
    });
    dialog->open();
}

void TagManagerDialog::confirmDelete()
{
    const qint64 tag = currentTagId();
    if (tag == 0) {
        return;
    }
    const TagTreeModel *model = m_controller->tagTreeModel();
    int subTags = 0;
    for (const Tag &other : model->tags()) {
        subTags += other.id != tag && model->isWithin(other.id, tag) ? 1 : 0;
    }
    const int claims = int(model->totalCount(tag));
    QString text = tr("Delete the tag “%1”?").arg(m_controller->tagPath(tag));
    QString detail = tr("%n claim(s) carry it; they keep their other tags.", nullptr, claims);
    if (subTags > 0) {
        detail += u' ' + tr("Its %n sub-tag(s) go with it.", nullptr, subTags);
    }
    const auto box = new QMessageBox(QMessageBox::Question, tr("Delete Tag"), text,
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteTagConfirm"_s);
    box->setInformativeText(detail + u' ' + tr("Undo brings everything back."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, tag](int result) {
        if (result == QMessageBox::Yes) {
            m_controller->deleteTag(tag);
        }
    });
    box->open();
}

} // namespace Dateline
