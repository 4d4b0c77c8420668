// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class QTextStream;

namespace Dateline
{

struct Article;
struct SearchHit;

/**
 * The JSON that --json prints: one document per command, article objects with the same keys
 * everywhere (id, title, outlet, place, published, language, url, source, hash, fetched, read,
 * starred; null where unknown), and offsets counted in Unicode code points.
 */
class ArticleJson
{
public:
    /// Every field but the text.
    [[nodiscard]] static QJsonObject summary(const Article &article);
    /// The summary with `text`.
    [[nodiscard]] static QJsonObject full(const Article &article);
    /**
     * The summary with `snippet` (plain text), `matches` ([{start, end}] in code points into the
     * snippet) and `score` (bm25, lower is better).
     */
    [[nodiscard]] static QJsonObject hit(const SearchHit &hit);

    /// Writes `document` indented, as one JSON document.
    static void write(QTextStream &out, const QJsonObject &document);
};

} // namespace Dateline
