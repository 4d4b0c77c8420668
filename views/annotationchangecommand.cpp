// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationchangecommand.h"

#include "annotationcontroller.h"

#include <QSet>

namespace Dateline
{

AnnotationChangeCommand::AnnotationChangeCommand(
    AnnotationController *controller, QList<AnnotationChange> changes, const QString &text)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_changes(std::move(changes))
{
}

AnnotationChangeCommand::~AnnotationChangeCommand() = default;

void AnnotationChangeCommand::undo()
{
    AnnotationStore *store = m_controller->annotations();
    if (!store) {
        return;
    }
    QSet<qint64> articles;
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        if (const Status status = store->revert(*it); !status.ok()) {
            m_controller->reportError(status.error());
        }
        articles.insert(it->articleId);
    }
    for (const qint64 article : std::as_const(articles)) {
        m_controller->annotationsChanged(article);
    }
}

void AnnotationChangeCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    AnnotationStore *store = m_controller->annotations();
    if (!store) {
        return;
    }
    QSet<qint64> articles;
    for (const AnnotationChange &change : std::as_const(m_changes)) {
        if (const Status status = store->apply(change); !status.ok()) {
            m_controller->reportError(status.error());
        }
        articles.insert(change.articleId);
    }
    for (const qint64 article : std::as_const(articles)) {
        m_controller->annotationsChanged(article);
    }
}

} // namespace Dateline
