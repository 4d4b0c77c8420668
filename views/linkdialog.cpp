// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkdialog.h"

#include "listkeysforwarder.h"

#include "actorchooser.h"
#include "itemmodels/linkcandidatesmodel.h"
#include "storage/actorstore.h"
#include "storage/articlestore.h"
#include "storage/claimstore.h"
#include "storage/tagstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
constexpr int SuggestionLimit = 20;
constexpr int SearchLimit = 50;
/// Typing waits this long for the next key before it searches.
constexpr int TypingPauseMs = 150;
/// The "Other actor…" entry of the actor filter.
constexpr qint64 OtherActor = -1;
} // namespace

LinkDialog::LinkDialog(QSqlDatabase db, QUndoStack *undoStack, qint64 claimId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_undoStack(undoStack)
{
    setObjectName(u"linkDialog"_s);
    setWindowTitle(tr("Link Claim"));

    // A failure of a later undo or redo reaches the window, which outlives this dialog.
    QPointer<QWidget> window = parent ? parent->window() : nullptr;
    m_onError = [window](const QString &message) { QMessageBox::warning(window, tr("Link Claim"), message); };

    if (auto claim = ClaimStore(m_db).claim(claimId)) {
        m_claim = std::move(claim).value();
    } else {
        m_claim.id = claimId;
    }

    m_claimLabel = new QLabel(this);
    m_claimLabel->setObjectName(u"claimLabel"_s);
    m_claimLabel->setWordWrap(true);
    m_claimLabel->setTextFormat(Qt::PlainText);
    const QString where = m_claim.published.isValid()
        ? u"%1, %2"_s.arg(m_claim.outlet, QLocale().toString(m_claim.published, QLocale::ShortFormat))
        : m_claim.outlet;
    //: The claim being linked, then its outlet and date
    m_claimLabel->setText(tr("“%1” (%2)").arg(m_claim.anchor.exact, where));

    // "This claim [contradicts] the one chosen below", the relation read from this claim's end.
    m_relation = new QComboBox(this);
    m_relation->setObjectName(u"relationCombo"_s);
    m_direction = new QToolButton(this);
    m_direction->setObjectName(u"directionButton"_s);
    m_direction->setCheckable(true);
    m_direction->setText(tr("Reverse"));
    m_direction->setToolTip(tr("Make the link point from the chosen claim to this one"));
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(u"sentenceLabel"_s);
    fillRelations();
    connect(m_relation, &QComboBox::currentIndexChanged, this, &LinkDialog::updateSentence);
    connect(m_direction, &QToolButton::toggled, this, &LinkDialog::fillRelations);

    m_note = new QLineEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setPlaceholderText(tr("Optional note on the link"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search every claim and quotation"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(TypingPauseMs);
    connect(m_searchTimer, &QTimer::timeout, this, &LinkDialog::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    buildFilters();

    m_listLabel = new QLabel(this);
    m_listLabel->setObjectName(u"listLabel"_s);
    m_model = new LinkCandidatesModel(m_db, this);
    m_list = new QTreeView(this);
    m_list->setObjectName(u"candidateList"_s);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    new ListKeysForwarder(m_search, m_list); // owned by the search field
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setColumnHidden(LinkCandidatesModel::KindColumn, true);
    m_list->setColumnHidden(LinkCandidatesModel::StoryColumn, true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(LinkCandidatesModel::TextColumn, QHeaderView::Stretch);
    // Return reaches the dialog's default button (the list ignores it after emitting activated);
    // a double click links as well.
    connect(m_list, &QTreeView::doubleClicked, this, &LinkDialog::accept);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    const auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: Button of the link dialog: link the claim to the selected claim or quotation
    m_linkButton = buttons->addButton(tr("Link"), QDialogButtonBox::AcceptRole);
    m_linkButton->setObjectName(u"linkButton"_s);
    m_linkButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto relationRow = new QHBoxLayout;
    relationRow->addWidget(new QLabel(tr("This claim"), this));
    relationRow->addWidget(m_relation);
    relationRow->addWidget(m_sentence, 1);
    relationRow->addWidget(m_direction);

    const auto filterRow = new QHBoxLayout;
    filterRow->addWidget(m_tag);
    filterRow->addWidget(m_actor);
    filterRow->addWidget(m_outlet);
    filterRow->addWidget(m_dateFilter);
    filterRow->addWidget(m_from);
    filterRow->addWidget(m_to);
    filterRow->addStretch(1);

    const auto layout = new QVBoxLayout(this);
    layout->addWidget(m_claimLabel);
    layout->addLayout(relationRow);
    layout->addWidget(m_note);
    layout->addWidget(m_search);
    layout->addLayout(filterRow);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 560);

    if (const Status suggested = m_model->suggest(m_claim.id, SuggestionLimit); !suggested) {
        showStatus(suggested.error());
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_suggestions.append(m_model->candidateAt(row));
    }
    refresh();
    m_search->setFocus();
}

LinkDialog::~LinkDialog() = default;

void LinkDialog::buildFilters()
{
    m_tag = new QComboBox(this);
    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->addItem(tr("Any tag"), qint64(0));
    if (const auto tags = TagStore(m_db).tags()) {
        // Parents come before their children: indent each by its depth.
        QHash<qint64, int> depth;
        for (const Tag &tag : tags.value()) {
            const int level = tag.parentId != 0 ? depth.value(tag.parentId) + 1 : 0;
            depth.insert(tag.id, level);
            m_tag->addItem(QString(level * 2, u' ') + tag.name, tag.id);
        }
    }

    m_actor = new QComboBox(this);
    m_actor->setObjectName(u"actorFilter"_s);
    m_actor->addItem(tr("Any actor"), qint64(0));
    // The actors of the claim's own story are the likeliest filters; any other is one dialog away.
    if (const auto actors = ActorStore(m_db).actorsOfArticle(m_claim.articleId)) {
        for (const ActorInArticle &entry : actors.value()) {
            m_actor->addItem(entry.actor.name, entry.actor.id);
        }
    }
    m_actor->addItem(tr("Other actor…"), OtherActor);
    m_otherActorIndex = m_actor->count() - 1;

    m_outlet = new QComboBox(this);
    m_outlet->setObjectName(u"outletFilter"_s);
    m_outlet->addItem(tr("Any outlet"), qint64(0));
    if (const auto outlets = ArticleStore(m_db).outlets()) {
        for (const Outlet &outlet : outlets.value()) {
            m_outlet->addItem(outlet.name, outlet.id);
        }
    }

    m_dateFilter = new QCheckBox(tr("Dated"), this);
    m_dateFilter->setObjectName(u"dateFilter"_s);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"dateFrom"_s);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"dateTo"_s);
    // A month either side of the claim's story is where its echoes usually are.
    const QDate around = m_claim.published.isValid() ? m_claim.published : QDate::currentDate();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_from->setDate(around.addMonths(-1));
    m_to->setDate(around.addMonths(1));
    for (QDateEdit *edit : { m_from, m_to }) {
        connect(edit, &QDateEdit::dateChanged, this, &LinkDialog::refresh);
        connect(m_dateFilter, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    m_from->setToolTip(tr("Stories from this date"));
    m_to->setToolTip(tr("Stories up to this date"));

    connect(m_tag, &QComboBox::currentIndexChanged, this, &LinkDialog::refresh);
    connect(m_outlet, &QComboBox::currentIndexChanged, this, &LinkDialog::refresh);
    connect(m_dateFilter, &QCheckBox::toggled, this, &LinkDialog::refresh);
    connect(m_actor, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index == m_otherActorIndex) {
            chooseActor();
        } else {
            refresh();
        }
    });
}

void LinkDialog::chooseActor()
{
    ActorStore actors(m_db);
    ActorChooser chooser(&actors, {}, false, this);
    const qint64 chosen = chooser.exec() == QDialog::Accepted ? chooser.chosenActorId() : -1;
    QSignalBlocker blocker(m_actor);
    if (chosen <= 0) {
        m_actor->setCurrentIndex(0);
    } else if (const int existing = m_actor->findData(chosen); existing >= 0) {
        m_actor->setCurrentIndex(existing);
    } else {
        const auto actor = actors.actor(chosen);
        m_actor->insertItem(m_otherActorIndex, actor ? actor.value().name : QString::number(chosen), chosen);
        m_actor->setCurrentIndex(m_otherActorIndex);
        ++m_otherActorIndex;
    }
    refresh();
}

void LinkDialog::fillRelations()
{
    const auto current = m_relation->currentData();
    QSignalBlocker blocker(m_relation);
    m_relation->clear();
    for (const ClaimRelation relation : ClaimNames::allRelations()) {
        m_relation->addItem(ClaimNames::relationPhrase(relation, !m_direction->isChecked()), int(relation));
    }
    const int index = current.isValid() ? m_relation->findData(current) : -1;
    m_relation->setCurrentIndex(index >= 0 ? index : 0);
    updateSentence();
}

void LinkDialog::updateSentence()
{
    //: After "This claim [relation]": the claim or quotation chosen in the list below
    m_sentence->setText(tr("the one chosen below"));
    m_direction->setToolTip(m_direction->isChecked() ? tr("The link points from the chosen claim to this one")
                                                     : tr("The link points from this claim to the chosen one"));
}

ClaimRelation LinkDialog::relation() const
{
    return ClaimRelation(m_relation->currentData().toInt());
}

void LinkDialog::setRelation(ClaimRelation relation)
{
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(int(relation))));
}

bool LinkDialog::fromClaim() const
{
    return !m_direction->isChecked();
}

void LinkDialog::setFromClaim(bool fromClaim)
{
    m_direction->setChecked(!fromClaim);
}

void LinkDialog::setErrorHandler(LinkClaimsCommand::ErrorHandler handler)
{
    m_onError = std::move(handler);
}

qint64 LinkDialog::linkedClaimId() const
{
    return m_linkedClaimId;
}

ClaimSearchFilter LinkDialog::filter() const
{
    ClaimSearchFilter f;
    f.excludeArticleId = m_claim.articleId;
    f.tagId = m_tag->currentData().toLongLong();
    f.actorId = std::max<qint64>(0, m_actor->currentData().toLongLong());
    f.outletId = m_outlet->currentData().toLongLong();
    if (m_dateFilter->isChecked()) {
        f.from = std::min(m_from->date(), m_to->date());
        f.to = std::max(m_from->date(), m_to->date());
    }
    return f;
}

void LinkDialog::refresh()
{
    m_searchTimer->stop();
    const QString typed = m_search->text().trimmed();
    const ClaimSearchFilter f = filter();
    if (typed.isEmpty() && !f.narrows()) {
        m_model->setCandidates(m_suggestions, LinkCandidatesModel::Mode::Suggestions);
        m_listLabel->setText(m_suggestions.isEmpty()
                ? tr("No suggestions: type to search every claim and quotation of the library.")
                : tr("Suggested links (sharing actors, figures or words with this claim):"));
    } else {
        if (const Status searched = m_model->search(typed, f, SearchLimit); !searched) {
            showStatus(searched.error());
            return;
        }
        m_listLabel->setText(m_model->rowCount() == 0 ? tr("Nothing found.") : tr("Found:"));
    }
    m_status->hide();
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, LinkCandidatesModel::TextColumn));
    }
    m_linkButton->setEnabled(m_model->rowCount() > 0);
}

void LinkDialog::showStatus(const QString &message)
{
    m_status->setText(message);
    m_status->show();
}

void LinkDialog::accept()
{
    if (m_link.id != 0) {
        return; // linked already: a second Return on the way out
    }
    // Typing may still be waiting: link what the person sees after the search ran.
    if (m_searchTimer->isActive()) {
        refresh();
    }
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        showStatus(tr("Choose a claim or quotation to link to."));
        return;
    }
    const LinkCandidate target = m_model->candidateAt(current.row());
    auto command =
        LinkClaimsCommand::link(m_db, m_claim.id, target, relation(), fromClaim(), m_note->text().trimmed(), m_onError);
    if (!command) {
        showStatus(command.error());
        return;
    }
    m_link = command.value()->claimLink();
    m_linkedClaimId = m_link.fromClaimId == m_claim.id ? m_link.toClaimId : m_link.fromClaimId;
    if (m_undoStack) {
        m_undoStack->push(std::move(command).value().release());
    }
    Q_EMIT linked(m_link);
    QDialog::accept();
}

} // namespace Dateline
