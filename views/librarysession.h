// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/articleactorsmodel.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/articlequotesmodel.h"
#include "itemmodels/sidebarmodel.h"
#include "storage/actorstore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/library.h"

#include <memory>

namespace Dateline
{

/**
 * One open library with everything the window reads from it: the stores and the item models
 * (the article list, the sidebar, and the annotation dock's actors and quotations).
 *
 * The window swaps a whole session when the person opens another library. The members are
 * declared so that destruction runs models first, then the store, then the Library: the Library
 * removes its SQL connection, which must have no users left by then.
 */
class LibrarySession
{
public:
    explicit LibrarySession(std::unique_ptr<Library> library);
    ~LibrarySession();
    Q_DISABLE_COPY_MOVE(LibrarySession)

    [[nodiscard]] Library &library() const { return *m_library; }
    [[nodiscard]] QString path() const { return m_library->path(); }
    [[nodiscard]] ArticleStore &store() const { return *m_store; }
    [[nodiscard]] SidebarModel *sidebarModel() const { return m_sidebarModel.get(); }
    [[nodiscard]] ArticleListModel *articleModel() const { return m_articleModel.get(); }
    [[nodiscard]] ActorStore &actors() const { return *m_actors; }
    [[nodiscard]] AnnotationStore &annotations() const { return *m_annotations; }
    [[nodiscard]] ArticleActorsModel *articleActorsModel() const { return m_articleActorsModel.get(); }
    [[nodiscard]] ArticleQuotesModel *articleQuotesModel() const { return m_articleQuotesModel.get(); }

private:
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<ActorStore> m_actors;
    std::unique_ptr<AnnotationStore> m_annotations;
    std::unique_ptr<SidebarModel> m_sidebarModel;
    std::unique_ptr<ArticleListModel> m_articleModel;
    std::unique_ptr<ArticleActorsModel> m_articleActorsModel;
    std::unique_ptr<ArticleQuotesModel> m_articleQuotesModel;
};

} // namespace Dateline
