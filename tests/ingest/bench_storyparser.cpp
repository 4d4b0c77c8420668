// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/datelineparser.h"
#include "ingest/dateparser.h"
#include "ingest/languagedetector.h"
#include "ingest/storyparser.h"
#include "ingest/textdecoder.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dateline;

/// What reading one story costs before it reaches the library, part by part, over the seed story
/// (about 3 KB): the import benchmark's budget is a few hundred microseconds per story in all.
class BenchStoryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decode();
    void dateline();
    void date();
    void language();
    void hash();
    void wholeStory();

private:
    QByteArray m_bytes;
    QString m_text;
};

void BenchStoryParser::initTestCase()
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA) + u"/arrahmah-2025-05-02-russia-iskp.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_bytes = file.readAll();
    m_text = QString::fromUtf8(m_bytes);
    // Warm the lazily built tables, so that the first iteration measures the same work as the rest.
    QVERIFY(DateParser::findPublished(m_text, u"id"_s).has_value());
}

void BenchStoryParser::decode()
{
    QBENCHMARK
    {
        QVERIFY(TextDecoder::decode(m_bytes).ok());
    }
}

void BenchStoryParser::dateline()
{
    QBENCHMARK
    {
        QVERIFY(DatelineParser::parse(m_text).has_value());
    }
}

void BenchStoryParser::date()
{
    QBENCHMARK
    {
        QVERIFY(DateParser::findPublished(m_text, u"id"_s).has_value());
    }
}

void BenchStoryParser::language()
{
    QBENCHMARK
    {
        QCOMPARE(LanguageDetector::detect(m_text), u"id"_s);
    }
}

void BenchStoryParser::hash()
{
    QBENCHMARK
    {
        QCOMPARE(StoryParser::contentHash(m_text).size(), 32);
    }
}

void BenchStoryParser::wholeStory()
{
    QBENCHMARK
    {
        QCOMPARE(StoryParser::parse(m_text, StoryParser::Format::PlainText).place, u"Kabul"_s);
    }
}

QTEST_GUILESS_MAIN(BenchStoryParser)
#include "bench_storyparser.moc"
