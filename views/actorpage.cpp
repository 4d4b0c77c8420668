// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorpage.h"

#include "annotationtext.h"
#include "itemmodels/actornamesmodel.h"
#include "itemmodels/actorquotesmodel.h"
#include "storage/actorstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    const auto view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

ActorPage::ActorPage(QSqlDatabase db, ActorStore *actors, QWidget *parent)
    : QDialog(parent)
    , m_actors(actors)
{
    setObjectName(u"actorPage"_s);
    setWindowTitle(tr("Actor"));

    m_title = new QLabel(this);
    m_title->setObjectName(u"actorPageTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    if (titleFont.pointSizeF() > 0) {
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    }
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_description = new QLabel(this);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_quotesModel = new ActorQuotesModel(db, this);
    m_namesModel = new ActorNamesModel(db, this);
    m_quotes = makeTable(u"actorQuotes"_s, this);
    m_quotes->setModel(m_quotesModel);
    m_quotes->horizontalHeader()->setSectionResizeMode(ActorQuotesModel::TextColumn, QHeaderView::Interactive);
    m_quotes->setColumnWidth(ActorQuotesModel::TextColumn, 360);
    m_names = makeTable(u"actorNames"_s, this);
    m_names->setModel(m_namesModel);

    const auto quotesLabel = new QLabel(tr("Quotations across the library"), this);
    const auto namesLabel = new QLabel(tr("Names by outlet"), this);
    const auto quotesPane = new QWidget(this);
    const auto quotesLayout = new QVBoxLayout(quotesPane);
    quotesLayout->setContentsMargins(0, 0, 0, 0);
    quotesLayout->addWidget(quotesLabel);
    quotesLayout->addWidget(m_quotes, 1);
    const auto namesPane = new QWidget(this);
    const auto namesLayout = new QVBoxLayout(namesPane);
    namesLayout->setContentsMargins(0, 0, 0, 0);
    namesLayout->addWidget(namesLabel);
    namesLayout->addWidget(m_names, 1);
    const auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(quotesPane);
    splitter->addWidget(namesPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    const auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(760, 560);

    // activated: a double-click, or Return on the chosen row.
    connect(m_quotes, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex row = index.siblingAtColumn(ActorQuotesModel::TextColumn);
        const qint64 article = row.data(ActorQuotesModel::ArticleIdRole).toLongLong();
        if (article != 0) {
            Q_EMIT openQuoteRequested(article, row.data(ActorQuotesModel::StartRole).toLongLong(),
                row.data(ActorQuotesModel::EndRole).toLongLong());
        }
    });
}

ActorPage::~ActorPage() = default;

void ActorPage::setActor(qint64 actorId)
{
    m_actorId = actorId;
    const auto actor = m_actors && actorId != 0 ? m_actors->actor(actorId) : Result<Actor>::failure({});
    if (actor.ok()) {
        m_title->setText(actor.value().name);
        QString line = AnnotationText::kindName(actor.value().kind);
        if (!actor.value().description.isEmpty()) {
            line = tr("%1 — %2", "actor kind — description").arg(line, actor.value().description);
        }
        m_description->setText(line);
        setWindowTitle(tr("%1 — Actor").arg(actor.value().name));
    } else {
        m_title->clear();
        m_description->setText(actor.error());
        setWindowTitle(tr("Actor"));
    }
    m_quotesModel->setActor(actorId);
    m_namesModel->setActor(actorId);
}

void ActorPage::reload()
{
    m_quotesModel->reload();
    m_namesModel->reload();
}

} // namespace Dateline
