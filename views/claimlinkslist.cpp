// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimlinkslist.h"

#include "linkdialog.h"
#include "storage/claimlinkstore.h"
#include "storage/claimstore.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
/// Long passages are cut in the list; the tool tip has them whole.
constexpr int ShownCharacters = 90;

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= ShownCharacters ? simple : simple.left(ShownCharacters - 1).trimmed() + u'…';
}
} // namespace

ClaimLinksList::ClaimLinksList(QSqlDatabase db, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_undoStack(undoStack)
{
    setObjectName(u"claimLinksList"_s);
    // Commands live on the window's stack, possibly longer than this list.
    m_onError = [list = QPointer<ClaimLinksList>(this)](const QString &message) {
        if (list) {
            Q_EMIT list->errorOccurred(message);
        }
    };

    m_list = new QListWidget(this);
    m_list->setObjectName(u"linksList"_s);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->installEventFilter(this);
    m_empty = new QLabel(tr("Not linked to other claims."), this);
    m_empty->setObjectName(u"noLinksLabel"_s);

    m_link = new QToolButton(this);
    m_link->setObjectName(u"addLinkButton"_s);
    //: Button: open the dialog that links the current claim to another claim or quotation
    m_link->setText(tr("Link…"));
    m_link->setToolTip(tr("Link this claim to a claim or quotation of another story"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(u"removeLinkButton"_s);
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected link (Delete)"));

    connect(m_link, &QToolButton::clicked, this, [this] { (void)openLinkDialog(); });
    connect(m_remove, &QToolButton::clicked, this, [this] { (void)removeSelected(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ClaimLinksList::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_others.size()) {
            Q_EMIT claimActivated(m_others.at(row));
        }
    });
    // Whatever moved the undo stack (this list, the link dialog, the claim board) may have
    // changed this claim's links.
    if (m_undoStack) {
        connect(m_undoStack, &QUndoStack::indexChanged, this, &ClaimLinksList::reload);
    }

    const auto buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addWidget(m_link);
    buttons->addWidget(m_remove);
    const auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateButtons();
}

ClaimLinksList::~ClaimLinksList() = default;

void ClaimLinksList::setClaim(qint64 claimId)
{
    m_claimId = claimId;
    reload();
}

void ClaimLinksList::reload()
{
    const int previous = m_list->currentRow();
    m_list->clear();
    m_links.clear();
    m_others.clear();
    if (m_claimId != 0) {
        const auto links = ClaimLinkStore(m_db).linksOf(m_claimId);
        if (!links) {
            Q_EMIT errorOccurred(links.error());
        } else {
            ClaimStore claims(m_db);
            for (const ClaimLink &link : links.value()) {
                const bool fromHere = link.fromClaimId == m_claimId;
                const qint64 other = fromHere ? link.toClaimId : link.fromClaimId;
                const auto claim = claims.claim(other);
                QString where;
                QString passage;
                if (claim) {
                    passage = claim.value().anchor.exact;
                    where = claim.value().published.isValid()
                        ? u"%1, %2"_s.arg(claim.value().outlet,
                              QLocale().toString(claim.value().published, QLocale::ShortFormat))
                        : claim.value().outlet;
                }
                //: A link of the claim, read from it: "contradicted by “137 people died…” (Reuters, 3/5/25)"
                const QString text = tr("%1 “%2” (%3)")
                                         .arg(ClaimNames::relationPhrase(link.relation, fromHere), shortened(passage), where);
                const auto item = new QListWidgetItem(text, m_list);
                QString tip = passage;
                if (claim) {
                    tip += u"\n\n"_s + claim.value().articleTitle;
                }
                if (!link.note.isEmpty()) {
                    //: Tool tip line: the note on a link between two claims
                    tip += u"\n\n"_s + tr("Note: %1").arg(link.note);
                }
                item->setToolTip(tip);
                m_links.append(link);
                m_others.append(other);
            }
        }
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(std::clamp(previous, 0, m_list->count() - 1));
    }
    m_empty->setVisible(m_list->count() == 0);
    updateButtons();
}

int ClaimLinksList::count() const
{
    return m_list->count();
}

QString ClaimLinksList::rowText(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->text() : QString();
}

ClaimLink ClaimLinksList::linkAt(int row) const
{
    return row >= 0 && row < m_links.size() ? m_links.at(row) : ClaimLink();
}

qint64 ClaimLinksList::otherClaimAt(int row) const
{
    return row >= 0 && row < m_others.size() ? m_others.at(row) : 0;
}

void ClaimLinksList::setErrorHandler(LinkClaimsCommand::ErrorHandler handler)
{
    m_onError = std::move(handler);
}

bool ClaimLinksList::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_links.size()) {
        return false;
    }
    auto command = LinkClaimsCommand::unlink(m_db, m_links.at(row).id, m_onError);
    if (!command) {
        Q_EMIT errorOccurred(command.error());
        return false;
    }
    if (m_undoStack) {
        m_undoStack->push(std::move(command).value().release()); // reloads through indexChanged
    } else {
        reload();
    }
    return true;
}

bool ClaimLinksList::openLinkDialog()
{
    if (m_claimId == 0) {
        return false;
    }
    LinkDialog dialog(m_db, m_undoStack, m_claimId, this);
    dialog.setErrorHandler(m_onError);
    const bool linked = dialog.exec() == QDialog::Accepted;
    if (linked && !m_undoStack) {
        reload();
    }
    return linked;
}

void ClaimLinksList::updateButtons()
{
    m_link->setEnabled(m_claimId != 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

bool ClaimLinksList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            (void)removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Dateline
