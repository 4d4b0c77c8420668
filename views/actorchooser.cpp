// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorchooser.h"

#include "listkeysforwarder.h"

#include "annotationtext.h"
#include "storage/actorstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
constexpr int ActorIdRole = Qt::UserRole + 1;
constexpr int SearchLimit = 50;
} // namespace

ActorChooser::ActorChooser(ActorStore *actors, QList<Actor> start, bool allowNone, QWidget *parent)
    : QDialog(parent)
    , m_actors(actors)
    , m_start(std::move(start))
    , m_allowNone(allowNone)
{
    setObjectName(u"actorChooser"_s);
    setWindowTitle(tr("Choose an Actor"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"actorSearch"_s);
    m_search->setPlaceholderText(tr("Search names and aliases"));
    m_search->setClearButtonEnabled(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"actorList"_s);
    new ListKeysForwarder(m_search, m_list); // owned by the search field

    const auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this,
        [this, buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_search, &QLineEdit::textChanged, this, &ActorChooser::search);
    // Return in the search box takes the chosen actor.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_list->currentItem()) {
            accept();
        }
    });

    const auto layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 460);
    search({});
}

ActorChooser::~ActorChooser() = default;

qint64 ActorChooser::chosenActorId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(ActorIdRole).toLongLong() : -1;
}

void ActorChooser::search(const QString &text)
{
    if (text.trimmed().isEmpty() || !m_actors) {
        fill(m_start);
        return;
    }
    const auto found = m_actors->search(text.trimmed(), SearchLimit);
    fill(found.ok() ? found.value() : QList<Actor>());
}

void ActorChooser::fill(const QList<Actor> &actors)
{
    m_list->clear();
    if (m_allowNone && m_search->text().trimmed().isEmpty()) {
        const auto none = new QListWidgetItem(tr("No speaker"), m_list);
        none->setData(ActorIdRole, qint64(0));
    }
    for (const Actor &actor : actors) {
        const auto item = new QListWidgetItem(
            tr("%1 (%2)", "actor name (kind)").arg(actor.name, AnnotationText::kindName(actor.kind)), m_list);
        item->setData(ActorIdRole, actor.id);
        item->setToolTip(actor.description);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? (m_allowNone && m_list->count() > 1 ? 1 : 0) : -1);
}

} // namespace Dateline
