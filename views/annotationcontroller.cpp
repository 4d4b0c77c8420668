// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "actorchooser.h"
#include "actorpage.h"
#include "aliascommand.h"
#include "annotationchangecommand.h"
#include "annotationdock.h"
#include "annotationtext.h"
#include "librarysession.h"
#include "newactorcommand.h"
#include "readerview.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
/// The reader's selection in article offsets; {-1, -1} when nothing is selected.
std::pair<qsizetype, qsizetype> readerSelection(ReaderView *reader)
{
    const auto text = reader->findChild<QTextBrowser *>(u"readerText"_s);
    if (!text || !text->textCursor().hasSelection()) {
        return { -1, -1 };
    }
    const QTextCursor cursor = text->textCursor();
    const qsizetype start = reader->overlay().articleOffset(text->document(), cursor.selectionStart());
    const qsizetype end = reader->overlay().articleOffset(text->document(), cursor.selectionEnd());
    return { start, end };
}
} // namespace

AnnotationController::AnnotationController(
    ReaderView *reader, AnnotationDock *dock, QUndoStack *undoStack, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_dock(dock)
    , m_undoStack(undoStack)
    , m_window(window)
{
    connect(m_reader, &ReaderView::mentionActivated, this, [this](qint64 id) { m_dock->selectMention(id); });
    connect(m_reader, &ReaderView::quoteActivated, this, [this](qint64 id) { m_dock->selectQuote(id); });

    connect(m_dock, &AnnotationDock::quoteChosen, this, [this](qint64 id) {
        for (const Quote &quote : m_reader->overlay().quotes()) {
            if (quote.id == id) {
                m_reader->selectSpan(quote.start, quote.end);
                return;
            }
        }
    });
    connect(m_dock, &AnnotationDock::mentionChosen, this, [this](qint64 id) {
        for (const Mention &mention : m_reader->overlay().mentions()) {
            if (mention.id == id) {
                m_reader->selectSpan(mention.start, mention.end);
                return;
            }
        }
    });
    connect(m_dock, &AnnotationDock::actorChosen, this, [this](qint64 actorId) {
        // The actor's first mention in the story that is still standing.
        for (const Mention &mention : m_reader->overlay().mentions()) {
            if ((mention.actor.id == actorId || mention.alsoActor.id == actorId) &&
                mention.state != AnnotationState::Rejected) {
                m_reader->selectSpan(mention.start, mention.end);
                return;
            }
        }
    });
    connect(m_dock, &AnnotationDock::mentionDecision, this,
        [this](AnnotationDock::Decision decision, const QList<qint64> &ids) {
            switch (decision) {
            case AnnotationDock::Decision::Confirm:
                confirmMentions(ids);
                break;
            case AnnotationDock::Decision::Reject:
                rejectMentions(ids);
                break;
            case AnnotationDock::Decision::Reassign:
                chooseActorForMentions(ids);
                break;
            }
        });
    connect(m_dock, &AnnotationDock::quoteDecision, this, [this](AnnotationDock::Decision decision, qint64 id) {
        switch (decision) {
        case AnnotationDock::Decision::Confirm:
            confirmQuotes({ id });
            break;
        case AnnotationDock::Decision::Reject:
            rejectQuotes({ id });
            break;
        case AnnotationDock::Decision::Reassign:
            chooseSpeakerForQuote(id);
            break;
        }
    });
    connect(m_dock, &AnnotationDock::addAliasRequested, this, &AnnotationController::askForAlias);
    connect(m_dock, &AnnotationDock::newActorRequested, this, &AnnotationController::askForNewActor);
    connect(m_dock, &AnnotationDock::actorPageRequested, this, &AnnotationController::showActorPage);
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::setSession(LibrarySession *session)
{
    // Commands name rows of the library they were made in: none may run on another one.
    m_undoStack->clear();
    delete m_actorPage;
    m_session = session;
    m_articleId = 0;
    m_dock->setModels(
        session ? session->articleActorsModel() : nullptr, session ? session->articleQuotesModel() : nullptr);
    if (session) {
        session->articleActorsModel()->setArticle(0);
        session->articleQuotesModel()->setArticle(0);
    }
    m_dock->setMentions({});
}

AnnotationStore *AnnotationController::annotations() const
{
    return m_session ? &m_session->annotations() : nullptr;
}

ActorStore *AnnotationController::actors() const
{
    return m_session ? &m_session->actors() : nullptr;
}

void AnnotationController::showArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_language.clear();
    if (m_session && articleId != 0) {
        m_session->articleActorsModel()->setArticle(articleId);
        m_session->articleQuotesModel()->setArticle(articleId);
        const auto article = m_session->store().article(articleId);
        if (article.ok()) {
            m_language = article.value().language;
        }
    } else if (m_session) {
        m_session->articleActorsModel()->setArticle(0);
        m_session->articleQuotesModel()->setArticle(0);
    }
    reload();
}

void AnnotationController::reload()
{
    if (!m_session || m_articleId == 0 || m_reader->articleId() != m_articleId) {
        m_reader->setAnnotations({}, {});
        m_dock->setMentions({});
        return;
    }
    const auto mentions = m_session->annotations().mentions(m_articleId);
    const auto quotes = m_session->annotations().quotes(m_articleId);
    if (!mentions.ok() || !quotes.ok()) {
        reportError(!mentions.ok() ? mentions.error() : quotes.error());
    }
    const QList<Mention> storyMentions = mentions.ok() ? mentions.value() : QList<Mention>();
    m_reader->setAnnotations(storyMentions, quotes.ok() ? quotes.value() : QList<Quote>());
    m_dock->setMentions(storyMentions);
}

void AnnotationController::annotationsChanged(qint64 articleId)
{
    if (articleId == m_articleId && m_session) {
        m_dock->reload();
        reload();
    }
    if (m_actorPage && m_actorPage->isVisible()) {
        m_actorPage->reload();
    }
}

void AnnotationController::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

bool AnnotationController::pushChanges(const QList<Result<AnnotationChange>> &results, const QString &text)
{
    QList<AnnotationChange> changes;
    QString error;
    for (const auto &result : results) {
        if (result.ok()) {
            changes << result.value();
        } else if (error.isEmpty()) {
            error = result.error();
        }
    }
    if (!error.isEmpty()) {
        reportError(error);
    }
    if (changes.isEmpty()) {
        return false;
    }
    const qint64 article = changes.first().articleId;
    m_undoStack->push(new AnnotationChangeCommand(this, changes, text));
    annotationsChanged(article);
    return error.isEmpty();
}

bool AnnotationController::confirmMentions(const QList<qint64> &ids)
{
    if (!m_session || ids.isEmpty()) {
        return false;
    }
    QList<Result<AnnotationChange>> results;
    for (const qint64 id : ids) {
        results << m_session->annotations().confirmMention(id);
    }
    return pushChanges(results, tr("Confirm %n Mention(s)", nullptr, int(ids.size())));
}

bool AnnotationController::rejectMentions(const QList<qint64> &ids)
{
    if (!m_session || ids.isEmpty()) {
        return false;
    }
    QList<Result<AnnotationChange>> results;
    for (const qint64 id : ids) {
        results << m_session->annotations().rejectMention(id);
    }
    return pushChanges(results, tr("Reject %n Mention(s)", nullptr, int(ids.size())));
}

bool AnnotationController::reassignMentions(const QList<qint64> &ids, qint64 actorId)
{
    if (!m_session || ids.isEmpty() || actorId <= 0) {
        return false;
    }
    QList<Result<AnnotationChange>> results;
    for (const qint64 id : ids) {
        results << m_session->annotations().reassignMention(id, actorId);
    }
    return pushChanges(results, tr("Re-assign %n Mention(s)", nullptr, int(ids.size())));
}

bool AnnotationController::confirmQuotes(const QList<qint64> &ids)
{
    if (!m_session || ids.isEmpty()) {
        return false;
    }
    QList<Result<AnnotationChange>> results;
    for (const qint64 id : ids) {
        results << m_session->annotations().confirmQuote(id);
    }
    return pushChanges(results, tr("Confirm Quotation"));
}

bool AnnotationController::rejectQuotes(const QList<qint64> &ids)
{
    if (!m_session || ids.isEmpty()) {
        return false;
    }
    QList<Result<AnnotationChange>> results;
    for (const qint64 id : ids) {
        results << m_session->annotations().rejectQuote(id);
    }
    return pushChanges(results, tr("Reject Quotation"));
}

bool AnnotationController::reassignQuote(qint64 quoteId, qint64 speakerId)
{
    if (!m_session || quoteId == 0 || speakerId < 0) {
        return false;
    }
    return pushChanges({ m_session->annotations().reassignQuote(quoteId, speakerId) }, tr("Re-assign Speaker"));
}

bool AnnotationController::addAlias(qint64 actorId, const QString &text, const QString &language)
{
    if (!m_session || actorId == 0 || text.trimmed().isEmpty()) {
        return false;
    }
    Alias alias;
    alias.actorId = actorId;
    alias.text = text.trimmed();
    alias.language = language;
    const auto command = new AliasCommand(this, alias, tr("Add Alias “%1”").arg(alias.text));
    m_undoStack->push(command);
    return command->aliasId() != 0;
}

bool AnnotationController::newActor(const Actor &actor, qsizetype start, qsizetype end)
{
    if (!m_session || actor.name.trimmed().isEmpty()) {
        return false;
    }
    const auto command =
        new NewActorCommand(this, actor, m_articleId, start, end, tr("New Actor “%1”").arg(actor.name));
    m_undoStack->push(command);
    return command->actorId() != 0;
}

void AnnotationController::chooseActorForMentions(const QList<qint64> &ids)
{
    if (!m_session || ids.isEmpty()) {
        return;
    }
    QList<Actor> start;
    const auto storyActors = m_session->actors().actorsOfArticle(m_articleId);
    if (storyActors.ok()) {
        for (const ActorInArticle &entry : storyActors.value()) {
            start << entry.actor;
        }
    }
    const auto chooser = new ActorChooser(&m_session->actors(), start, false, m_window);
    chooser->setWindowTitle(tr("Re-assign to Actor"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser, ids] {
        if (chooser->chosenActorId() > 0) {
            reassignMentions(ids, chooser->chosenActorId());
        }
    });
    chooser->open();
}

void AnnotationController::chooseSpeakerForQuote(qint64 quoteId)
{
    if (!m_session || quoteId == 0) {
        return;
    }
    QList<Actor> start;
    const auto storyActors = m_session->actors().actorsOfArticle(m_articleId);
    if (storyActors.ok()) {
        for (const ActorInArticle &entry : storyActors.value()) {
            start << entry.actor;
        }
    }
    const auto chooser = new ActorChooser(&m_session->actors(), start, true, m_window);
    chooser->setWindowTitle(tr("Re-assign Speaker"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser, quoteId] {
        if (chooser->chosenActorId() >= 0) {
            reassignQuote(quoteId, chooser->chosenActorId());
        }
    });
    chooser->open();
}

void AnnotationController::askForAlias(qint64 actorId)
{
    if (!m_session || actorId == 0) {
        return;
    }
    const auto actor = m_session->actors().actor(actorId);
    const auto [start, end] = readerSelection(m_reader);
    const auto dialog = new QInputDialog(m_window);
    dialog->setObjectName(u"aliasDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Alias"));
    dialog->setLabelText(tr("Another name for %1:").arg(actor.ok() ? actor.value().name : QString()));
    if (start >= 0) {
        const auto text = m_reader->findChild<QTextBrowser *>(u"readerText"_s)->textCursor().selectedText();
        dialog->setTextValue(text.simplified());
    }
    const QString language = m_language;
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this, actorId, language](const QString &text) { addAlias(actorId, text, language); });
    dialog->open();
}

void AnnotationController::askForNewActor()
{
    if (!m_session) {
        return;
    }
    const auto [start, end] = readerSelection(m_reader);
    const auto dialog = new QDialog(m_window);
    dialog->setObjectName(u"newActorDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Actor"));
    const auto name = new QLineEdit(dialog);
    name->setObjectName(u"newActorName"_s);
    if (start >= 0) {
        name->setText(m_reader->findChild<QTextBrowser *>(u"readerText"_s)->textCursor().selectedText().simplified());
    }
    const auto kind = new QComboBox(dialog);
    kind->setObjectName(u"newActorKind"_s);
    for (const auto k : { Actor::Kind::Person, Actor::Kind::State, Actor::Kind::Organisation, Actor::Kind::ArmedGroup,
             Actor::Kind::NewsAgency, Actor::Kind::Outlet, Actor::Kind::City, Actor::Kind::Other }) {
        kind->addItem(AnnotationText::kindName(k), int(k));
    }
    const auto description = new QLineEdit(dialog);
    description->setObjectName(u"newActorDescription"_s);
    const auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    const auto form = new QFormLayout(dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Description:"), description);
    form->addRow(buttons);
    const auto updateOk = [buttons, name] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty());
    };
    connect(name, &QLineEdit::textChanged, dialog, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, name, kind, description, start, end] {
        Actor actor;
        actor.name = name->text().trimmed();
        actor.kind = Actor::Kind(kind->currentData().toInt());
        actor.description = description->text().trimmed();
        newActor(actor, start, end);
    });
    dialog->open();
}

ActorPage *AnnotationController::actorPage() const
{
    return m_actorPage;
}

void AnnotationController::showActorPage(qint64 actorId)
{
    if (!m_session || actorId == 0) {
        return;
    }
    if (!m_actorPage) {
        m_actorPage = new ActorPage(m_session->library().database(), &m_session->actors(), m_window);
        connect(m_actorPage, &ActorPage::openQuoteRequested, this, &AnnotationController::openArticleRequested);
    }
    m_actorPage->setActor(actorId);
    m_actorPage->show();
    m_actorPage->raise();
    m_actorPage->activateWindow();
}

} // namespace Dateline
