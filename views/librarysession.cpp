// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysession.h"

namespace Dateline
{

LibrarySession::LibrarySession(std::unique_ptr<Library> library)
    : m_library(std::move(library))
    , m_store(std::make_unique<ArticleStore>(m_library->database()))
    , m_actors(std::make_unique<ActorStore>(m_library->database()))
    , m_annotations(std::make_unique<AnnotationStore>(m_library->database()))
    , m_sidebarModel(std::make_unique<SidebarModel>(m_library->database()))
    , m_articleModel(std::make_unique<ArticleListModel>(m_library->database(), m_library->path()))
    , m_articleActorsModel(std::make_unique<ArticleActorsModel>(m_library->database()))
    , m_articleQuotesModel(std::make_unique<ArticleQuotesModel>(m_library->database()))
{
}

LibrarySession::~LibrarySession()
{
    // Explicit order, although the declaration order gives the same: the connection's users go
    // before the Library that removes the connection.
    m_articleQuotesModel.reset();
    m_articleActorsModel.reset();
    m_articleModel.reset();
    m_sidebarModel.reset();
    m_annotations.reset();
    m_actors.reset();
    m_store.reset();
    m_library.reset();
}

} // namespace Dateline
