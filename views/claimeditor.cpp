// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimeditor.h"

#include "actorchooser.h"
#include "itemmodels/tagtreemodel.h"
#include "storage/actorstore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
constexpr int TagIdRole = Qt::UserRole + 1;
constexpr int TagPathRole = Qt::UserRole + 2;
} // namespace

ClaimEditor::ClaimEditor(ClaimController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(u"claimEditor"_s);
    setWindowTitle(tr("Claim"));

    m_passage = new QLabel(this);
    m_passage->setObjectName(u"claimPassage"_s);
    m_passage->setWordWrap(true);
    m_passage->setTextFormat(Qt::PlainText);
    m_passage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_claimant = new QLabel(this);
    m_claimant->setObjectName(u"claimClaimant"_s);
    const auto chooseClaimant = new QPushButton(tr("C&hoose…"), this);
    chooseClaimant->setObjectName(u"claimChooseClaimant"_s);
    chooseClaimant->setAutoDefault(false);
    connect(chooseClaimant, &QPushButton::clicked, this, &ClaimEditor::chooseClaimant);
    const auto claimantRow = new QHBoxLayout;
    claimantRow->addWidget(m_claimant, 1);
    claimantRow->addWidget(chooseClaimant);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"claimStatus"_s);
    for (const ClaimStatus status : ClaimNames::allStatuses()) {
        m_status->addItem(ClaimNames::statusLabel(status), int(status));
    }

    m_tagTree = new QTreeView(this);
    m_tagTree->setObjectName(u"claimTagTree"_s);
    m_tagTree->setModel(controller->tagTreeModel());
    m_tagTree->setHeaderHidden(true);
    m_tagTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tagTree->setColumnHidden(TagTreeModel::CountColumn, true);
    m_tagTree->expandAll();
    m_tagTree->installEventFilter(this);
    connect(m_tagTree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        addTag({ index.data(TagTreeModel::TagIdRole).toLongLong(), {} });
    });

    m_tagInput = new QLineEdit(this);
    m_tagInput->setObjectName(u"claimTagInput"_s);
    m_tagInput->setPlaceholderText(tr("Type a tag; a new name makes a new tag (Parent/Child nests it)"));
    m_tagInput->installEventFilter(this);
    QStringList paths;
    if (TagTreeModel *tags = controller->tagTreeModel()) {
        for (const Tag &tag : tags->tags()) {
            paths << tags->path(tag.id);
        }
    }
    const auto completer = new QCompleter(new QStringListModel(paths, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_tagInput->setCompleter(completer);

    m_chosenTags = new QListWidget(this);
    m_chosenTags->setObjectName(u"claimTags"_s);
    m_chosenTags->setToolTip(tr("The first tag gives the claim its colour; Delete removes a tag"));
    m_chosenTags->setDragDropMode(QAbstractItemView::InternalMove);
    m_chosenTags->setMaximumHeight(m_chosenTags->fontMetrics().height() * 5);
    m_chosenTags->installEventFilter(this);

    const auto tagsPane = new QWidget(this);
    const auto tagsLayout = new QVBoxLayout(tagsPane);
    tagsLayout->setContentsMargins(0, 0, 0, 0);
    tagsLayout->addWidget(m_tagInput);
    tagsLayout->addWidget(m_chosenTags);
    tagsLayout->addWidget(m_tagTree, 1);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"claimNote"_s);
    m_note->setPlaceholderText(tr("Notes in Markdown: sources, what was checked, what is open"));
    m_note->setTabChangesFocus(true);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"claimNotePreview"_s);
    m_preview->setOpenExternalLinks(false);
    m_preview->setOpenLinks(false);
    m_noteTabs = new QTabWidget(this);
    m_noteTabs->setObjectName(u"claimNoteTabs"_s);
    m_noteTabs->addTab(m_note, tr("&Write"));
    m_noteTabs->addTab(m_preview, tr("&Preview"));
    connect(m_noteTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 1) {
            updatePreview();
        }
    });

    const auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"claimButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto form = new QFormLayout;
    form->addRow(tr("Claim:"), m_passage);
    form->addRow(tr("Claimed &by:"), claimantRow);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Tags:"), tagsPane);
    const auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_noteTabs, 1);
    layout->addWidget(buttons);

    setClaimant(0);
    resize(560, 640);
    // Tagging is what one does right after marking: the tag box has the focus.
    m_tagInput->setFocus(Qt::OtherFocusReason);
}

ClaimEditor::~ClaimEditor() = default;

void ClaimEditor::setPassage(const QString &text)
{
    m_passage->setText(u"“%1”"_s.arg(text.simplified()));
}

void ClaimEditor::setFields(const ClaimFields &fields)
{
    setClaimant(fields.claimantActorId);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(fields.status))));
    m_note->setPlainText(fields.note);
    m_chosenTags->clear();
    for (const qint64 id : fields.tagIds) {
        addTag({ id, {} });
    }
}

ClaimFields ClaimEditor::fields() const
{
    ClaimFields fields;
    fields.claimantActorId = m_claimantId;
    fields.status = ClaimStatus(m_status->currentData().toInt());
    fields.note = m_note->toPlainText();
    for (const auto &choice : tagChoices()) {
        if (choice.id != 0) {
            fields.tagIds << choice.id;
        }
    }
    return fields;
}

QList<ClaimController::TagChoice> ClaimEditor::tagChoices() const
{
    QList<ClaimController::TagChoice> choices;
    for (int row = 0; row < m_chosenTags->count(); ++row) {
        const QListWidgetItem *item = m_chosenTags->item(row);
        choices.append({ item->data(TagIdRole).toLongLong(), item->data(TagPathRole).toString() });
    }
    return choices;
}

void ClaimEditor::chooseClaimant()
{
    ActorStore *actors = m_controller->actors();
    if (!actors) {
        return;
    }
    QList<Actor> start;
    if (m_claimantId > 0) {
        if (const auto current = actors->actor(m_claimantId); current.ok()) {
            start << current.value();
        }
    }
    const auto storyActors = actors->actorsOfArticle(m_controller->articleId());
    if (storyActors.ok()) {
        for (const ActorInArticle &entry : storyActors.value()) {
            if (entry.actor.id != m_claimantId) {
                start << entry.actor;
            }
        }
    }
    const auto chooser = new ActorChooser(actors, start, true, this);
    chooser->setWindowTitle(tr("Who Claims It"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser] {
        if (chooser->chosenActorId() >= 0) {
            setClaimant(chooser->chosenActorId());
        }
    });
    chooser->open();
}

void ClaimEditor::setClaimant(qint64 actorId)
{
    m_claimantId = actorId;
    QString name;
    if (actorId > 0 && m_controller->actors()) {
        const auto actor = m_controller->actors()->actor(actorId);
        name = actor.ok() ? actor.value().name : QString();
    }
    m_claimant->setText(name.isEmpty() ? tr("Nobody named") : name);
}

void ClaimEditor::addTag(const ClaimController::TagChoice &choice)
{
    for (const auto &chosen : tagChoices()) {
        if ((choice.id != 0 && chosen.id == choice.id) ||
            (choice.id == 0 && chosen.id == 0 && chosen.path.compare(choice.path, Qt::CaseInsensitive) == 0)) {
            return;
        }
    }
    const QString path = choice.id != 0 ? m_controller->tagPath(choice.id) : choice.path;
    if (path.isEmpty()) {
        return;
    }
    const auto item = new QListWidgetItem(choice.id != 0 ? path : tr("%1 (new)").arg(path), m_chosenTags);
    item->setData(TagIdRole, choice.id);
    item->setData(TagPathRole, choice.id != 0 ? QString() : path);
}

void ClaimEditor::addTypedTag()
{
    QStringList parts = m_tagInput->text().split(u'/', Qt::SkipEmptyParts);
    for (QString &part : parts) {
        part = part.simplified();
    }
    parts.removeAll(QString());
    if (parts.isEmpty()) {
        return;
    }
    const QString path = parts.join(u'/');
    const qint64 existing = m_controller->tagTreeModel() ? m_controller->tagTreeModel()->tagIdOfPath(path) : 0;
    addTag({ existing, existing != 0 ? QString() : path });
    m_tagInput->clear();
}

void ClaimEditor::removeChosenTag()
{
    delete m_chosenTags->currentItem();
}

void ClaimEditor::updatePreview()
{
    m_preview->document()->setMarkdown(m_note->toPlainText());
}

bool ClaimEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
        if (watched == m_tagInput && enter && !m_tagInput->text().trimmed().isEmpty()) {
            // A typed tag is added; an empty box lets Return accept the dialog.
            addTypedTag();
            return true;
        }
        if (watched == m_tagTree && (enter || key == Qt::Key_Space) && m_tagTree->currentIndex().isValid()) {
            addTag({ m_tagTree->currentIndex().siblingAtColumn(0).data(TagTreeModel::TagIdRole).toLongLong(), {} });
            return true;
        }
        if (watched == m_chosenTags && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            removeChosenTag();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Dateline
