// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/claimstore.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QUndoStack;
class QWidget;

namespace Dateline
{

class ActorStore;
class ArticleClaimsModel;
class ClaimLinkStore;
class LibrarySession;
class TagManagerDialog;
class TagStore;
class TagTreeModel;

/**
 * The claims of one open library as the window edits them: the claim, tag and link stores of the
 * session, the dock's model of the story's claims, the tag tree, and every change to claims and
 * tags as a command on the window's one QUndoStack (see claimcommands.h).
 *
 * Commands reach the stores through the controller, never through a pointer of their own: the
 * window clears the stack when it switches libraries, and the controller knows the session.
 * After each step the controller says what changed (claimsChanged(), tagsChanged()); a step of
 * another part of the window (a link made in the link dialog, say) also counts as a change of
 * claims, because link counts show beside them.
 *
 * The claim board and other views call the same functions (tagClaims(), askToTagClaims(),
 * editClaim(), deleteClaims()), so that their changes land on the same stack.
 */
class ClaimController : public QObject
{
    Q_OBJECT

public:
    /// A tag chosen for a claim: an existing one (id), or a path typed in ("Casualties/Death toll")
    /// whose missing parts are created with the claim, in the same undo step.
    struct TagChoice {
        qint64 id = 0;
        QString path;
        friend bool operator==(const TagChoice &, const TagChoice &) = default;
    };

    ClaimController(QUndoStack *undoStack, QWidget *window, QObject *parent = nullptr);
    ~ClaimController() override;

    /// The open library (nullptr while none). The caller clears the undo stack.
    void setSession(LibrarySession *session);
    [[nodiscard]] LibrarySession *session() const { return m_session; }
    [[nodiscard]] ClaimStore *claims() const;
    [[nodiscard]] TagStore *tags() const;
    [[nodiscard]] ClaimLinkStore *links() const;
    [[nodiscard]] ActorStore *actors() const;
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] QWidget *window() const { return m_window; }
    /// The claims of the story the window shows, for the dock (nullptr while no library is open).
    [[nodiscard]] ArticleClaimsModel *articleClaimsModel() const { return m_articleClaims.get(); }
    /// The tag tree with counts, shared by the tag manager and the claim editor.
    [[nodiscard]] TagTreeModel *tagTreeModel() const { return m_tagTree.get(); }

    /// The story whose claims the dock and the reader show (0: none).
    void showArticle(qint64 articleId);
    [[nodiscard]] qint64 articleId() const { return m_articleId; }

    // Undoable changes: each pushes one step; false (or 0) with errorOccurred() on failure.
    /// A new claim on [start, end) of a story, with tags that may be typed in; the claim's id.
    qint64 markClaim(NewClaim claim, const QList<TagChoice> &tags);
    bool editClaim(qint64 claimId, ClaimFields after, const QList<TagChoice> &tags);
    bool deleteClaims(const QList<qint64> &claimIds);
    /// Gives every one of `claimIds` the tag (as its last tag) where it lacks it.
    bool tagClaims(const QList<qint64> &claimIds, const TagChoice &tag);
    /// A new tag; its id.
    qint64 createTag(const QString &name, qint64 parentId = 0, const QString &colour = {});
    bool renameTag(qint64 tagId, const QString &name);
    bool recolourTag(qint64 tagId, const QString &colour);
    bool moveTag(qint64 tagId, qint64 newParentId);
    bool mergeTags(qint64 fromId, qint64 intoId);
    bool deleteTag(qint64 tagId);

    // Dialogs, window-modal and not blocking; their results go through the functions above.
    /// The claim editor for a new claim on [start, end) of the story, claimant by default.
    void askToMarkClaim(qint64 articleId, qsizetype start, qsizetype end);
    void askToEditClaim(qint64 claimId);
    /// Asks for a tag (existing or typed) and gives it to the claims.
    void askToTagClaims(const QList<qint64> &claimIds);
    /// The tag manager (one dialog, reused).
    void showTagManager();
    [[nodiscard]] TagManagerDialog *tagManager() const;

    /// "Death toll" or "Casualties/Death toll" for a tag id, from the tag tree.
    [[nodiscard]] QString tagPath(qint64 tagId) const;

    /// Called by the commands after a step. `articleIds` empty: any story may have changed.
    void notifyClaimsChanged(const QList<qint64> &articleIds);
    void notifyTagsChanged();
    void reportError(const QString &message);

Q_SIGNALS:
    void claimsChanged(const QList<qint64> &articleIds);
    void tagsChanged();
    void errorOccurred(const QString &message);

private:
    /// Ids for the choices, pushing a "create tag" step for each missing part of a typed path
    /// (call inside a macro). Empty optional on failure.
    std::optional<QList<qint64>> resolveTags(const QList<TagChoice> &tags);
    std::optional<qint64> resolvePath(const QString &path);
    [[nodiscard]] QString tagName(qint64 tagId) const;

    QUndoStack *m_undoStack = nullptr;
    QWidget *m_window = nullptr;
    LibrarySession *m_session = nullptr;
    std::unique_ptr<ClaimStore> m_claims;
    std::unique_ptr<TagStore> m_tags;
    std::unique_ptr<ClaimLinkStore> m_links;
    std::unique_ptr<ArticleClaimsModel> m_articleClaims;
    std::unique_ptr<TagTreeModel> m_tagTree;
    QPointer<TagManagerDialog> m_tagManager;
    qint64 m_articleId = 0;
};

} // namespace Dateline
