// SPDX-License-Identifier: GPL-3.0-or-later
#include "acronymofferspanel.h"

#include "annotationcontroller.h"
#include "librarysession.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
constexpr int OfferIdRole = Qt::UserRole + 1;
} // namespace

AcronymOffersPanel::AcronymOffersPanel(AcronymOfferCommand::SessionProvider session, AnnotationController *annotations,
    QUndoStack *undoStack, QWidget *parent)
    : QDockWidget(tr("Acronyms"), parent)
    , m_session(std::move(session))
    , m_annotations(annotations)
    , m_undoStack(undoStack)
{
    setObjectName(u"acronymDock"_s);
    toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+Shift+Y"_s));
    toggleViewAction()->setToolTip(tr("Acronyms the stories defined, to accept as names or dismiss"));

    const auto body = new QWidget(this);
    const auto layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    m_thisStory = new QCheckBox(tr("Only the story in the &reader"), body);
    m_thisStory->setObjectName(u"acronymsThisStoryOnly"_s);
    layout->addWidget(m_thisStory);

    m_list = new QTreeWidget(body);
    m_list->setObjectName(u"acronymOffers"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Acronym"), tr("Stands for"), tr("Actor") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Offered acronyms"));
    layout->addWidget(m_list, 1);

    m_empty = new QLabel(tr("No acronym is waiting."), body);
    m_empty->setObjectName(u"acronymsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    // Return and Delete act on the list while it has the focus, as in the annotation dock.
    m_accept = new QAction(tr("&Accept as a Name"), m_list);
    m_accept->setObjectName(u"actionAcceptAcronym"_s);
    m_accept->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_accept->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_dismiss = new QAction(tr("&Dismiss"), m_list);
    m_dismiss->setObjectName(u"actionDismissAcronym"_s);
    m_dismiss->setShortcut(QKeySequence(QKeySequence::Delete));
    m_dismiss->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_accept);
    m_list->addAction(m_dismiss);

    const auto buttons = new QHBoxLayout;
    m_acceptButton = new QPushButton(tr("Accept"), body);
    m_acceptButton->setObjectName(u"acceptAcronym"_s);
    m_acceptButton->setToolTip(tr("Store the acronym as a name of its actor (Return)"));
    m_dismissButton = new QPushButton(tr("Dismiss"), body);
    m_dismissButton->setObjectName(u"dismissAcronym"_s);
    m_dismissButton->setToolTip(tr("Do not offer this acronym again (Delete)"));
    buttons->addStretch(1);
    buttons->addWidget(m_acceptButton);
    buttons->addWidget(m_dismissButton);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_accept, &QAction::triggered, this, [this] { decide(AcronymOfferCommand::Decision::Accept); });
    connect(m_dismiss, &QAction::triggered, this, [this] { decide(AcronymOfferCommand::Decision::Dismiss); });
    connect(m_acceptButton, &QPushButton::clicked, m_accept, &QAction::trigger);
    connect(m_dismissButton, &QPushButton::clicked, m_dismiss, &QAction::trigger);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AcronymOffersPanel::updateActions);
    connect(m_thisStory, &QCheckBox::toggled, this, &AcronymOffersPanel::refresh);
    // Every decision, its undo and a library switch (which clears the stack) move the index.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &AcronymOffersPanel::refresh);
    updateActions();
}

AcronymOffersPanel::~AcronymOffersPanel() = default;

void AcronymOffersPanel::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    refresh();
}

QString AcronymOffersPanel::actorName(qint64 actorId) const
{
    LibrarySession *session = m_session ? m_session() : nullptr;
    if (!session || actorId == 0) {
        return tr("a new organisation");
    }
    const auto actor = session->actors().actor(actorId);
    return actor ? actor.value().name : tr("actor %1").arg(actorId);
}

void AcronymOffersPanel::refresh()
{
    const QTreeWidgetItem *current = m_list->currentItem();
    const qint64 currentId = current ? current->data(AcronymColumn, OfferIdRole).toLongLong() : 0;
    const int currentRow = current ? m_list->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(current)) : -1;

    m_offers.clear();
    m_list->clear();
    LibrarySession *session = m_session ? m_session() : nullptr;
    const qint64 articleId = m_thisStory->isChecked() && m_annotations ? m_annotations->articleId() : 0;
    if (session && !(m_thisStory->isChecked() && articleId == 0)) {
        const auto offers = session->actors().acronymOffers(articleId);
        if (offers) {
            m_offers = offers.value();
        } else {
            Q_EMIT errorOccurred(offers.error());
        }
    }
    QTreeWidgetItem *chosen = nullptr;
    for (const AcronymOffer &offer : std::as_const(m_offers)) {
        const auto item = new QTreeWidgetItem(m_list, { offer.acronym, offer.expansion, actorName(offer.actorId) });
        item->setData(AcronymColumn, OfferIdRole, offer.id);
        item->setToolTip(ExpansionColumn, offer.expansion);
        if (offer.id == currentId) {
            chosen = item;
        }
    }
    // After a decision the next offer takes the place of the one decided: keep on with the keyboard.
    if (!chosen && m_list->topLevelItemCount() > 0 && currentRow >= 0) {
        chosen = m_list->topLevelItem(std::min(currentRow, m_list->topLevelItemCount() - 1));
    }
    if (chosen) {
        m_list->setCurrentItem(chosen);
    }
    m_empty->setVisible(m_offers.isEmpty());
    updateActions();
}

void AcronymOffersPanel::updateActions()
{
    const bool any = !m_list->selectedItems().isEmpty() || m_list->currentItem();
    m_accept->setEnabled(any);
    m_dismiss->setEnabled(any);
    m_acceptButton->setEnabled(any);
    m_dismissButton->setEnabled(any);
}

void AcronymOffersPanel::decide(AcronymOfferCommand::Decision decision)
{
    QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty() && m_list->currentItem()) {
        items.append(m_list->currentItem());
    }
    QList<AcronymOffer> chosen;
    for (const QTreeWidgetItem *item : std::as_const(items)) {
        const qint64 id = item->data(AcronymColumn, OfferIdRole).toLongLong();
        for (const AcronymOffer &offer : std::as_const(m_offers)) {
            if (offer.id == id) {
                chosen.append(offer);
            }
        }
    }
    if (chosen.isEmpty()) {
        return;
    }
    const auto changed = [this](const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT errorOccurred(error);
        }
    };
    // Several rows make one step of the stack, so that one Ctrl+Z takes them all back.
    if (chosen.size() > 1) {
        m_undoStack->beginMacro(decision == AcronymOfferCommand::Decision::Accept
                ? tr("Accept %n acronym(s)", nullptr, int(chosen.size()))
                : tr("Dismiss %n acronym(s)", nullptr, int(chosen.size())));
    }
    for (const AcronymOffer &offer : std::as_const(chosen)) {
        QString error;
        if (auto command = AcronymOfferCommand::perform(m_session, offer, decision, changed, &error)) {
            m_undoStack->push(command);
        } else {
            Q_EMIT errorOccurred(error);
        }
    }
    if (chosen.size() > 1) {
        m_undoStack->endMacro();
    }
    refresh();
}

} // namespace Dateline
