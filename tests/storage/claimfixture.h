// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the claim, tag, link and thread tests: a fresh library with stories of four outlets
// on four days, and claims marked on them by their text.

#include "libraryfixture.h"

#include "storage/claimstore.h"
#include "storage/library.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Dateline::Test
{

using namespace Qt::StringLiterals;

/// A library in a temporary folder; each test gets a new one.
class ClaimLibrary
{
public:
    bool open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            return false;
        }
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        if (!library) {
            qWarning("%s", qPrintable(library.error()));
            return false;
        }
        m_library = std::move(library).value();
        return true;
    }
    void close()
    {
        m_library.reset();
        m_dir.reset();
    }
    [[nodiscard]] QSqlDatabase db() const { return m_library->database(); }

    /// Inserts one story; 0 on failure.
    qint64 story(const QString &title, const QString &text, const QString &outlet, QDate published,
        const QString &language = u"en"_s)
    {
        QString error;
        const auto ids = insertAll(db(), { makeArticle(title, text, outlet, language, published) }, &error);
        if (ids.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        m_texts.insert(ids.constFirst(), text);
        return ids.constFirst();
    }

    /// A claim over the first occurrence of `passage` in the story; 0 on failure.
    qint64 claim(qint64 articleId, const QString &passage, const QList<qint64> &tags = {},
        ClaimStatus status = ClaimStatus::Unverified)
    {
        const qsizetype start = m_texts.value(articleId).indexOf(passage);
        if (start < 0) {
            qWarning("passage not in the story: %s", qPrintable(passage));
            return 0;
        }
        NewClaim claim;
        claim.articleId = articleId;
        claim.start = start;
        claim.end = start + passage.size();
        claim.tagIds = tags;
        claim.status = status;
        auto added = ClaimStore(db()).add(claim);
        if (!added) {
            qWarning("%s", qPrintable(added.error()));
            return 0;
        }
        return added.value().id;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QHash<qint64, QString> m_texts;
};

} // namespace Dateline::Test
