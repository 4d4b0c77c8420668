// SPDX-License-Identifier: GPL-3.0-or-later
// Stories for the benchmarks: real news text from ../shared/corpus when it is there (repeated with
// small changes so that every story has its own content hash), generated text otherwise.
#pragma once

#include <QString>
#include <QStringList>

namespace Dateline::Bench
{

class StorySource
{
public:
    /// Reads the shared corpus (seed, news-id/detik, quotes-en/polnear) when present, else
    /// generates base texts of Indonesian and English words; `targetBytes` is the size each story
    /// is brought to (DATELINE_BENCH_STORY_BYTES, 4096 by default).
    static StorySource load();

    /// "shared corpus: 285 texts (seed, news-id/detik, quotes-en/polnear)" or "generated: ...".
    [[nodiscard]] QString description() const { return m_description; }
    /// A short word for file names: "corpus" or "generated".
    [[nodiscard]] QString kind() const { return m_fromCorpus ? QStringLiteral("corpus") : QStringLiteral("generated"); }
    [[nodiscard]] qsizetype baseCount() const { return m_bases.size(); }
    [[nodiscard]] int targetBytes() const { return m_targetBytes; }

    /// Story `index`: a base text brought to about targetBytes (following texts appended, long
    /// ones cut at a paragraph), then a counter line so that its hash is its own.
    [[nodiscard]] QString story(qint64 index) const;
    /// The story without its counter line: the same for every index with the same base.
    [[nodiscard]] const QString &base(qint64 index) const;
    /// The counter line story(index) ends with.
    [[nodiscard]] static QString counterLine(qint64 index);

private:
    void shapeBases(const QStringList &texts);

    QStringList m_bases;
    QString m_description;
    bool m_fromCorpus = false;
    int m_targetBytes = 4096;
};

} // namespace Dateline::Bench
