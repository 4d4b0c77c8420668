// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/annotationstore.h"

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace Dateline
{

class ActorPage;
class ActorStore;
class AnnotationDock;
class LibrarySession;
class ReaderView;

/**
 * The glue between the reader, the annotation dock, the actor page and the library's annotation
 * stores. It loads the annotations of the story the reader shows, keeps the dock and the reader
 * in step (a click in one selects in the other), and turns the reader's decisions (confirm,
 * reject, re-assign, add an alias, a new actor) into QUndoCommands on the window's undo stack.
 *
 * Commands reach the stores through the controller, never through a pointer of their own: the
 * window clears the stack when it switches libraries, and the controller knows the session.
 */
class AnnotationController : public QObject
{
    Q_OBJECT

public:
    AnnotationController(
        ReaderView *reader, AnnotationDock *dock, QUndoStack *undoStack, QWidget *window, QObject *parent = nullptr);
    ~AnnotationController() override;

    /// The open library (nullptr while none): its stores and dock models. Clears the undo stack.
    void setSession(LibrarySession *session);
    [[nodiscard]] AnnotationStore *annotations() const;
    [[nodiscard]] ActorStore *actors() const;

    /// Loads the annotations of the story the reader shows now (0: none).
    void showArticle(qint64 articleId);
    [[nodiscard]] qint64 articleId() const { return m_articleId; }

    /// Decisions, each pushed as one undoable command; false with a status message on failure.
    bool confirmMentions(const QList<qint64> &ids);
    bool rejectMentions(const QList<qint64> &ids);
    bool reassignMentions(const QList<qint64> &ids, qint64 actorId);
    bool confirmQuotes(const QList<qint64> &ids);
    bool rejectQuotes(const QList<qint64> &ids);
    bool reassignQuote(qint64 quoteId, qint64 speakerId);
    bool addAlias(qint64 actorId, const QString &text, const QString &language);
    /// A new actor of the reader's; with a span, also a mention of it there.
    bool newActor(const Actor &actor, qsizetype start = -1, qsizetype end = -1);

    /// Opens the dialogs that ask for what the decision needs (window-modal, not blocking).
    void chooseActorForMentions(const QList<qint64> &ids);
    void chooseSpeakerForQuote(qint64 quoteId);
    void askForAlias(qint64 actorId);
    void askForNewActor();
    /// The actor page of this actor (one page, reused).
    void showActorPage(qint64 actorId);
    [[nodiscard]] ActorPage *actorPage() const;

    /// Called by the commands after they changed the annotations of a story.
    void annotationsChanged(qint64 articleId);
    void reportError(const QString &message);

Q_SIGNALS:
    /// The actor page asks to read a story at a quotation.
    void openArticleRequested(qint64 articleId, qsizetype start, qsizetype end);
    void errorOccurred(const QString &message);

private:
    bool pushChanges(const QList<Result<AnnotationChange>> &results, const QString &text);
    void reload();

    ReaderView *m_reader = nullptr;
    AnnotationDock *m_dock = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QWidget *m_window = nullptr;
    LibrarySession *m_session = nullptr;
    QPointer<ActorPage> m_actorPage;
    qint64 m_articleId = 0;
    QString m_language;
};

} // namespace Dateline
