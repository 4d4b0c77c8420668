// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcontroller.h"

#include "claimcommands.h"
#include "claimeditor.h"
#include "itemmodels/articleclaimsmodel.h"
#include "itemmodels/tagtreemodel.h"
#include "librarysession.h"
#include "storage/claimlinkstore.h"
#include "storage/tagstore.h"
#include "tagmanagerdialog.h"

#include <QInputDialog>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dateline
{

ClaimController::ClaimController(QUndoStack *undoStack, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
    , m_window(window)
{
    // Steps of other parts of the window (a link made in the link dialog, the claim board) change
    // what the dock shows beside a claim, such as its link count.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_articleClaims) {
            m_articleClaims->reload();
        }
    });
}

ClaimController::~ClaimController()
{
    delete m_tagManager;
}

void ClaimController::setSession(LibrarySession *session)
{
    delete m_tagManager;
    m_articleId = 0;
    // Models first: they hold the library's connection, which the session closes after this.
    m_articleClaims.reset();
    m_tagTree.reset();
    m_links.reset();
    m_tags.reset();
    m_claims.reset();
    m_session = session;
    if (session) {
        const QSqlDatabase db = session->library().database();
        m_claims = std::make_unique<ClaimStore>(db);
        m_tags = std::make_unique<TagStore>(db);
        m_links = std::make_unique<ClaimLinkStore>(db);
        m_articleClaims = std::make_unique<ArticleClaimsModel>(db);
        m_tagTree = std::make_unique<TagTreeModel>(db);
        connect(m_articleClaims.get(), &ArticleClaimsModel::errorOccurred, this, &ClaimController::reportError);
        connect(m_tagTree.get(), &TagTreeModel::errorOccurred, this, &ClaimController::reportError);
    }
    Q_EMIT tagsChanged();
    Q_EMIT claimsChanged({});
}

ClaimStore *ClaimController::claims() const
{
    return m_claims.get();
}

TagStore *ClaimController::tags() const
{
    return m_tags.get();
}

ClaimLinkStore *ClaimController::links() const
{
    return m_links.get();
}

ActorStore *ClaimController::actors() const
{
    return m_session ? &m_session->actors() : nullptr;
}

QSqlDatabase ClaimController::database() const
{
    return m_session ? m_session->library().database() : QSqlDatabase();
}

void ClaimController::showArticle(qint64 articleId)
{
    m_articleId = articleId;
    if (m_articleClaims) {
        m_articleClaims->setArticle(articleId);
    }
}

void ClaimController::notifyClaimsChanged(const QList<qint64> &articleIds)
{
    if (m_articleClaims && (articleIds.isEmpty() || articleIds.contains(m_articleId))) {
        m_articleClaims->reload();
    }
    Q_EMIT claimsChanged(articleIds);
}

void ClaimController::notifyTagsChanged()
{
    if (m_tagTree) {
        m_tagTree->reload();
    }
    Q_EMIT tagsChanged();
}

void ClaimController::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

QString ClaimController::tagPath(qint64 tagId) const
{
    if (m_tagTree) {
        if (QString path = m_tagTree->path(tagId); !path.isEmpty()) {
            return path;
        }
    }
    if (m_tags) {
        const auto path = m_tags->path(tagId);
        return path.ok() ? path.value() : QString();
    }
    return {};
}

QString ClaimController::tagName(qint64 tagId) const
{
    return m_tagTree ? m_tagTree->tag(tagId).name : QString();
}

std::optional<qint64> ClaimController::resolvePath(const QString &path)
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    qint64 parent = 0;
    QString sofar;
    for (QString part : parts) {
        part = part.simplified();
        if (part.isEmpty()) {
            continue;
        }
        sofar = sofar.isEmpty() ? part : sofar + u'/' + part;
        if (const qint64 existing = m_tagTree->tagIdOfPath(sofar); existing != 0) {
            parent = existing;
            continue;
        }
        const auto created = std::make_shared<qint64>(0);
        m_undoStack->push(ClaimCommands::createTag(this, part, parent, {}, created));
        if (*created == 0) {
            return std::nullopt;
        }
        parent = *created;
    }
    if (parent == 0) {
        return std::nullopt;
    }
    return parent;
}

std::optional<QList<qint64>> ClaimController::resolveTags(const QList<TagChoice> &tags)
{
    QList<qint64> ids;
    for (const TagChoice &choice : tags) {
        qint64 id = choice.id;
        if (id == 0) {
            const auto resolved = resolvePath(choice.path);
            if (!resolved) {
                return std::nullopt;
            }
            id = *resolved;
        }
        if (!ids.contains(id)) {
            ids << id;
        }
    }
    return ids;
}

namespace
{
bool needsNewTags(const QList<ClaimController::TagChoice> &tags)
{
    return std::any_of(tags.cbegin(), tags.cend(), [](const auto &choice) { return choice.id == 0; });
}
} // namespace

qint64 ClaimController::markClaim(NewClaim claim, const QList<TagChoice> &tags)
{
    if (!m_claims || claim.articleId == 0 || claim.end <= claim.start) {
        return 0;
    }
    // New tags and the claim are one step: undo takes both back.
    const bool macro = needsNewTags(tags);
    if (macro) {
        m_undoStack->beginMacro(tr("Mark Claim"));
    }
    const auto tagIds = resolveTags(tags);
    const auto created = std::make_shared<qint64>(0);
    if (tagIds) {
        claim.tagIds = *tagIds;
        m_undoStack->push(ClaimCommands::addClaim(this, claim, created));
    }
    if (macro) {
        m_undoStack->endMacro();
        if (*created == 0) {
            // Take back the tags made for a claim that could not be stored.
            m_undoStack->undo();
        }
    }
    return *created;
}

bool ClaimController::editClaim(qint64 claimId, ClaimFields after, const QList<TagChoice> &tags)
{
    if (!m_claims) {
        return false;
    }
    const auto before = m_claims->fields(claimId);
    const auto claim = m_claims->claim(claimId);
    if (!before.ok() || !claim.ok()) {
        reportError(!before.ok() ? before.error() : claim.error());
        return false;
    }
    const bool macro = needsNewTags(tags);
    if (macro) {
        m_undoStack->beginMacro(tr("Edit Claim"));
    }
    const auto tagIds = resolveTags(tags);
    bool done = false;
    if (tagIds) {
        after.tagIds = *tagIds;
        if (after != before.value()) {
            const int index = m_undoStack->index();
            m_undoStack->push(
                ClaimCommands::editClaim(this, claim.value().articleId, claimId, before.value(), after));
            done = macro || m_undoStack->index() != index;
        }
    }
    if (macro) {
        m_undoStack->endMacro();
    }
    return done;
}

bool ClaimController::deleteClaims(const QList<qint64> &claimIds)
{
    if (!m_claims || claimIds.isEmpty()) {
        return false;
    }
    m_undoStack->beginMacro(tr("Delete %n Claim(s)", nullptr, int(claimIds.size())));
    for (const qint64 id : claimIds) {
        const auto claim = m_claims->claim(id);
        if (!claim.ok()) {
            reportError(claim.error());
            continue;
        }
        m_undoStack->push(ClaimCommands::deleteClaim(this, claim.value().articleId, id));
    }
    m_undoStack->endMacro();
    return true;
}

bool ClaimController::tagClaims(const QList<qint64> &claimIds, const TagChoice &tag)
{
    if (!m_claims || claimIds.isEmpty()) {
        return false;
    }
    const bool macro = tag.id == 0;
    if (macro) {
        m_undoStack->beginMacro(tr("Tag %n Claim(s) “%1”", nullptr, int(claimIds.size())).arg(tag.path));
    }
    const auto ids = resolveTags({ tag });
    const int index = m_undoStack->index();
    if (ids && !ids->isEmpty()) {
        m_undoStack->push(ClaimCommands::addTagToClaims(this, claimIds, ids->first()));
    }
    const bool done = macro || m_undoStack->index() != index;
    if (macro) {
        m_undoStack->endMacro();
    }
    return done;
}

qint64 ClaimController::createTag(const QString &name, qint64 parentId, const QString &colour)
{
    if (!m_tags) {
        return 0;
    }
    const auto created = std::make_shared<qint64>(0);
    m_undoStack->push(ClaimCommands::createTag(this, name.simplified(), parentId, colour, created));
    return *created;
}

bool ClaimController::renameTag(qint64 tagId, const QString &name)
{
    const QString before = tagName(tagId);
    const QString after = name.simplified();
    if (!m_tags || before.isEmpty() || after.isEmpty() || after == before) {
        return false;
    }
    const int index = m_undoStack->index();
    m_undoStack->push(ClaimCommands::renameTag(this, tagId, before, after));
    return m_undoStack->index() != index;
}

bool ClaimController::recolourTag(qint64 tagId, const QString &colour)
{
    if (!m_tags || !m_tagTree) {
        return false;
    }
    const Tag tag = m_tagTree->tag(tagId);
    if (tag.id == 0 || tag.colour == colour) {
        return false;
    }
    const int index = m_undoStack->index();
    m_undoStack->push(ClaimCommands::recolourTag(this, tagId, tag.colour, colour));
    return m_undoStack->index() != index;
}

bool ClaimController::moveTag(qint64 tagId, qint64 newParentId)
{
    if (!m_tags || !m_tagTree) {
        return false;
    }
    const Tag tag = m_tagTree->tag(tagId);
    if (tag.id == 0 || tag.parentId == newParentId) {
        return false;
    }
    if (m_tagTree->isWithin(newParentId, tagId)) {
        reportError(tr("A tag cannot move under itself or its own sub-tags."));
        return false;
    }
    const int index = m_undoStack->index();
    m_undoStack->push(ClaimCommands::moveTag(this, tagId, tag.parentId, newParentId));
    return m_undoStack->index() != index;
}

bool ClaimController::mergeTags(qint64 fromId, qint64 intoId)
{
    if (!m_tags || fromId == intoId || fromId == 0 || intoId == 0) {
        return false;
    }
    const QString text = tr("Merge Tag “%1” into “%2”").arg(tagPath(fromId), tagPath(intoId));
    const int index = m_undoStack->index();
    m_undoStack->push(ClaimCommands::mergeTags(this, fromId, intoId, text));
    return m_undoStack->index() != index;
}

bool ClaimController::deleteTag(qint64 tagId)
{
    if (!m_tags || tagId == 0) {
        return false;
    }
    const int index = m_undoStack->index();
    m_undoStack->push(ClaimCommands::deleteTag(this, tagId, tr("Delete Tag “%1”").arg(tagPath(tagId))));
    return m_undoStack->index() != index;
}

void ClaimController::askToMarkClaim(qint64 articleId, qsizetype start, qsizetype end)
{
    if (!m_session || !m_claims || articleId == 0) {
        return;
    }
    if (start < 0 || end <= start) {
        reportError(tr("Select the words of the claim in the story first."));
        return;
    }
    const auto article = m_session->store().article(articleId);
    if (!article.ok()) {
        reportError(article.error());
        return;
    }
    const auto claimant = m_claims->defaultClaimant(articleId, start, end);
    if (!claimant.ok()) {
        reportError(claimant.error());
    }
    ClaimFields fields;
    fields.claimantActorId = claimant.ok() ? claimant.value() : 0;
    const auto editor = new ClaimEditor(this, m_window);
    editor->setWindowTitle(tr("Mark Claim"));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setPassage(article.value().text.mid(start, end - start));
    editor->setFields(fields);
    connect(editor, &QDialog::accepted, this, [this, editor, articleId, start, end] {
        const ClaimFields chosen = editor->fields();
        NewClaim claim;
        claim.articleId = articleId;
        claim.start = start;
        claim.end = end;
        claim.claimantActorId = chosen.claimantActorId;
        claim.status = chosen.status;
        claim.note = chosen.note;
        markClaim(claim, editor->tagChoices());
    });
    editor->open();
}

void ClaimController::askToEditClaim(qint64 claimId)
{
    if (!m_claims || claimId == 0) {
        return;
    }
    const auto claim = m_claims->claim(claimId);
    const auto fields = m_claims->fields(claimId);
    if (!claim.ok() || !fields.ok()) {
        reportError(!claim.ok() ? claim.error() : fields.error());
        return;
    }
    const auto editor = new ClaimEditor(this, m_window);
    editor->setWindowTitle(tr("Edit Claim"));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setPassage(claim.value().anchor.exact);
    editor->setFields(fields.value());
    connect(editor, &QDialog::accepted, this,
        [this, editor, claimId] { editClaim(claimId, editor->fields(), editor->tagChoices()); });
    editor->open();
}

void ClaimController::askToTagClaims(const QList<qint64> &claimIds)
{
    if (!m_tagTree || claimIds.isEmpty()) {
        return;
    }
    QStringList paths;
    for (const Tag &tag : m_tagTree->tags()) {
        paths << m_tagTree->path(tag.id);
    }
    paths.sort(Qt::CaseInsensitive);
    const auto dialog = new QInputDialog(m_window);
    dialog->setObjectName(u"tagClaimsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Tag Claims"));
    dialog->setLabelText(tr("Give %n claim(s) the tag (type a new name to make one):", nullptr, int(claimIds.size())));
    dialog->setComboBoxItems(paths);
    dialog->setComboBoxEditable(true);
    dialog->setTextValue(QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, claimIds](const QString &text) {
        const QString path = text.trimmed();
        if (path.isEmpty()) {
            return;
        }
        const qint64 existing = m_tagTree ? m_tagTree->tagIdOfPath(path) : 0;
        tagClaims(claimIds, { existing, existing != 0 ? QString() : path });
    });
    dialog->open();
}

TagManagerDialog *ClaimController::tagManager() const
{
    return m_tagManager;
}

void ClaimController::showTagManager()
{
    if (!m_session) {
        return;
    }
    if (!m_tagManager) {
        m_tagManager = new TagManagerDialog(this, m_window);
    }
    m_tagManager->show();
    m_tagManager->raise();
    m_tagManager->activateWindow();
}

} // namespace Dateline
