// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/newstextgrammar.h"
#include "analysis/quotationfinder.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Dateline;
using namespace Qt::StringLiterals;

namespace
{

QString kindName(NewsSpan::Kind kind)
{
    switch (kind) {
    case NewsSpan::Kind::Quotation:
        return u"quotation"_s;
    case NewsSpan::Kind::Dateline:
        return u"dateline"_s;
    case NewsSpan::Kind::Date:
        return u"date"_s;
    case NewsSpan::Kind::Number:
        return u"number"_s;
    case NewsSpan::Kind::Url:
        return u"url"_s;
    case NewsSpan::Kind::Handle:
        return u"handle"_s;
    case NewsSpan::Kind::Hashtag:
        return u"hashtag"_s;
    }
    return {};
}

QString escaped(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'\\') {
            out += u"\\\\"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\r') {
            out += u"\\r"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else {
            out += c;
        }
    }
    return out;
}

/// One span a line: kind, start, end (UTF-16), depth, then the covered text (marks included).
QString referenceDump(const QString &text, const QList<NewsSpan> &spans)
{
    QString out;
    for (const NewsSpan &span : spans) {
        out += u"%1 %2 %3 %4 %5\n"_s.arg(kindName(span.kind))
                   .arg(span.start)
                   .arg(span.end)
                   .arg(span.depth)
                   .arg(escaped(QStringView(text).sliced(span.start, span.end - span.start)));
    }
    return out;
}

/// A line diff (longest common subsequence) that reads like `diff -u` without its headers.
QString lineDiff(const QString &expected, const QString &actual)
{
    const QStringList a = expected.split(u'\n');
    const QStringList b = actual.split(u'\n');
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    QString out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            out += u"  "_s + a[i] + u'\n';
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out += u"+ "_s + b[j] + u'\n';
            ++j;
        } else {
            out += u"- "_s + a[i] + u'\n';
            ++i;
        }
    }
    return out;
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString syntaxDataDir()
{
    return QStringLiteral(DATELINE_TEST_DATA "/syntax");
}

/// Quotations as "depth[ unclosed]|covered|inner" strings: easy to read in a failed QCOMPARE.
QStringList describeQuotations(const QString &text, const QList<NewsSpan> &spans)
{
    QStringList out;
    for (const NewsSpan &span : spans) {
        if (span.kind != NewsSpan::Kind::Quotation) {
            continue;
        }
        out.append(u"%1%2|%3|%4"_s.arg(span.depth)
                       .arg(span.closed ? QString() : u" unclosed"_s)
                       .arg(text.mid(span.start, span.end - span.start),
                           text.mid(span.innerStart, span.innerEnd - span.innerStart)));
    }
    return out;
}

QStringList coveredOfKind(const QString &text, const QList<NewsSpan> &spans, NewsSpan::Kind kind)
{
    QStringList out;
    for (const NewsSpan &span : spans) {
        if (span.kind == kind) {
            out.append(text.mid(span.start, span.end - span.start));
        }
    }
    return out;
}

} // namespace

class TestQuotationFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void definitionComesFromTheResource();
    void references_data();
    void references();
    void quotations_data();
    void quotations();
    void otherSpans_data();
    void otherSpans();
    void seedStoryGivesItsFiveQuotations();
    void quotationsOnlySkipsOtherKinds();
    void reuseGivesTheSameResult();
    void threadsGiveTheSameResult();
};

void TestQuotationFinder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQuotationFinder::definitionComesFromTheResource()
{
    // A fresh Repository does not know the grammar; the resource search path is what finds it.
    KSyntaxHighlighting::Repository repository;
    QVERIFY(!repository.definitionForName(NewsTextGrammar::definitionName()).isValid());
    repository.addCustomSearchPath(NewsTextGrammar::searchPath());
    const KSyntaxHighlighting::Definition definition = repository.definitionForName(NewsTextGrammar::definitionName());
    QVERIFY(definition.isValid());
    QCOMPARE(definition.name(), u"News Text"_s);
    QVERIFY(definition.extensions().isEmpty());
    const QStringList formats = [&] {
        QStringList names;
        const auto all = definition.formats();
        for (const auto &format : all) {
            names.append(format.name());
        }
        return names;
    }();
    for (const QString &name :
        { u"Quotation Open"_s, u"Quotation Close"_s, u"Quotation Continue"_s, u"Nested Quotation Open"_s,
            u"Nested Quotation Close"_s, u"Dateline"_s, u"Date"_s, u"Number"_s, u"URL"_s, u"Handle"_s, u"Hashtag"_s }) {
        QVERIFY2(formats.contains(name), qPrintable(name));
    }
}

void TestQuotationFinder::references_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("referencePath");
    const QDir dir(syntaxDataDir());
    const QStringList inputs = dir.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
    QVERIFY2(inputs.size() >= 7, "tests/data/syntax holds the reference inputs");
    for (const QString &input : inputs) {
        QTest::newRow(qPrintable(input)) << dir.filePath(input) << dir.filePath(input.chopped(4) + u".ref"_s);
    }
    // The seed story stays where the other tests read it; its reference sits with the others.
    QTest::newRow("seed story") << QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt")
        << dir.filePath(u"arrahmah-2025-05-02-russia-iskp.ref"_s);
}

void TestQuotationFinder::references()
{
    QFETCH(QString, input);
    QFETCH(QString, referencePath);
    const QString text = readUtf8(input);
    QVERIFY(!text.isEmpty());
    QuotationFinder finder;
    const QString actual = referenceDump(text, finder.spans(text));

    if (qEnvironmentVariableIntValue("DATELINE_UPDATE_REFERENCES") == 1) {
        QFile out(referencePath);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(referencePath));
        out.write(actual.toUtf8());
        qInfo("updated %s", qPrintable(referencePath));
        return;
    }

    QVERIFY2(QFile::exists(referencePath),
        qPrintable(u"missing %1: run scripts/update-syntax-references"_s.arg(referencePath)));
    const QString expected = readUtf8(referencePath);
    if (expected != actual) {
        qWarning().noquote() << u"\n--- %1\n+++ actual\n%2"_s.arg(referencePath, lineDiff(expected, actual));
    }
    QVERIFY2(expected == actual,
        "spans differ from the reference (diff above; scripts/update-syntax-references after a deliberate change)");
}

void TestQuotationFinder::quotations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("curly double") << u"Ia berkata, “Kami siap,” lalu pergi."_s
                                  << QStringList { u"0|“Kami siap,”|Kami siap,"_s };
    QTest::newRow("straight double") << u"He said \"we are ready\" and left."_s
                                     << QStringList { u"0|\"we are ready\"|we are ready"_s };
    QTest::newRow("straight inch mark is not a quote") << u"A 27\" screen and a 15\" one."_s << QStringList {};
    QTest::newRow("guillemets with spaces trimmed") << u"Il a dit : « Nous sommes prêts » hier."_s
                                                    << QStringList { u"0|« Nous sommes prêts »|Nous sommes prêts"_s };
    QTest::newRow("guillemets with no-break spaces") << u"« Oui\u00a0»"_s << QStringList { u"0|« Oui\u00a0»|Oui"_s };
    QTest::newRow("german low and high") << u"Er sagte: „Wir kommen.“ Dann ging er."_s
                                         << QStringList { u"0|„Wir kommen.“|Wir kommen."_s };
    QTest::newRow("polish low and right") << u"Powiedział: „Tak” i wyszedł."_s << QStringList { u"0|„Tak”|Tak"_s };
    QTest::newRow("german reversed guillemets")
        << u"Er sagte: »Wir kommen« und ging."_s << QStringList { u"0|»Wir kommen«|Wir kommen"_s };
    QTest::newRow("german single low") << u"Das Wort ‚Frieden‘ fiel."_s << QStringList { u"0|‚Frieden‘|Frieden"_s };
    QTest::newRow("single curly") << u"She called it ‘a disaster’ today."_s
                                  << QStringList { u"0|‘a disaster’|a disaster"_s };
    QTest::newRow("japanese corner") << u"彼は「準備はできている」と述べた。"_s
                                     << QStringList { u"0|「準備はできている」|準備はできている"_s };
    QTest::newRow("japanese nested white corner")
        << u"「彼は『はい』と言った」"_s
        << QStringList { u"0|「彼は『はい』と言った」|彼は『はい』と言った"_s, u"1|『はい』|はい"_s };
    QTest::newRow("apostrophe don’t is not a quote") << u"They don’t know and won’t say."_s << QStringList {};
    QTest::newRow("apostrophe Jum’at is not a quote") << u"Pada hari Jum’at mereka datang."_s << QStringList {};
    QTest::newRow("apostrophe 1990’s is not a quote") << u"In the 1990’s and the ’80s."_s << QStringList {};
    QTest::newRow("apostrophe inside single quote")
        << u"He said ‘I don’t know’ twice."_s << QStringList { u"0|‘I don’t know’|I don’t know"_s };
    QTest::newRow("opening single without closer is an apostrophe")
        << u"Rock ‘til dawn, they said."_s << QStringList {};
    QTest::newRow("single nested in double")
        << u"“He told me ‘never’, and meant it,” she said."_s
        << QStringList { u"0|“He told me ‘never’, and meant it,”|He told me ‘never’, and meant it,"_s,
               u"1|‘never’|never"_s };
    QTest::newRow("curly nested in guillemets")
        << u"« Il a dit “non” hier »"_s
        << QStringList { u"0|« Il a dit “non” hier »|Il a dit “non” hier"_s, u"1|“non”|non"_s };
    QTest::newRow("russian nested low in guillemets")
        << u"Он сказал: «Это „наш“ ответ»."_s
        << QStringList { u"0|«Это „наш“ ответ»|Это „наш“ ответ"_s, u"1|„наш“|наш"_s };
    QTest::newRow("nested marks side by side")
        << u"«“Oui”»"_s << QStringList { u"0|«“Oui”»|“Oui”"_s, u"1|“Oui”|Oui"_s };
    QTest::newRow("two quotations in one paragraph")
        << u"“A,” he said, “B.”"_s << QStringList { u"0|“A,”|A,"_s, u"0|“B.”|B."_s };
    QTest::newRow("multi-paragraph with repeated mark")
        << u"“First paragraph.\n“Second paragraph.\n“Last one,” he said."_s
        << QStringList {
               u"0|“First paragraph.\n“Second paragraph.\n“Last one,”|First paragraph.\n“Second paragraph.\n“Last one,"_s
           };
    QTest::newRow("multi-paragraph across blank lines")
        << u"\"One.\n\n\"Two.\" Done."_s << QStringList { u"0|\"One.\n\n\"Two.\"|One.\n\n\"Two."_s };
    QTest::newRow("multi-paragraph guillemets, French continuation mark")
        << u"« Un.\n» Deux. » Fin."_s << QStringList { u"0|« Un.\n» Deux. »|Un.\n» Deux."_s };
    QTest::newRow("unclosed quote ends with its paragraph")
        << u"“Unclosed words here\nNext paragraph is plain."_s
        << QStringList { u"0 unclosed|“Unclosed words here|Unclosed words here"_s };
    QTest::newRow("unclosed quote at end of text")
        << u"He said “we will"_s << QStringList { u"0 unclosed|“we will|we will"_s };
    QTest::newRow("unclosed quote, trailing spaces") << u"“open  \n"_s << QStringList { u"0 unclosed|“open|open"_s };
    QTest::newRow("unclosed nested ends with its paragraph, outer continues")
        << u"“Outer ‘inner’ and «never closed\n“More,” he said."_s
        << QStringList { u"0|“Outer ‘inner’ and «never closed\n“More,”|Outer ‘inner’ and «never closed\n“More,"_s,
               u"1|‘inner’|inner"_s, u"1 unclosed|«never closed|never closed"_s };
    QTest::newRow("crlf line ends") << u"“One.\r\n“Two.”\r\n"_s << QStringList { u"0|“One.\r\n“Two.”|One.\r\n“Two."_s };
    QTest::newRow("mixed marks, curly then straight")
        << u"found “no evidence\" yet."_s << QStringList { u"0|“no evidence\"|no evidence"_s };
    QTest::newRow("mixed marks, straight then curly")
        << u"It takes \"more hours” now."_s << QStringList { u"0|\"more hours”|more hours"_s };
    QTest::newRow("opening mark used to close")
        << u"rated “Mostly False.“ by them"_s << QStringList { u"0|“Mostly False.“|Mostly False."_s };
    QTest::newRow("opening mark inside still nests")
        << u"“He said “no” today”"_s << QStringList { u"0|“He said “no” today”|He said “no” today"_s, u"1|“no”|no"_s };
    QTest::newRow("single closed by a straight apostrophe")
        << u"say, ‘That’s ridiculous,' he added"_s << QStringList { u"0|‘That’s ridiculous,'|That’s ridiculous,"_s };
    QTest::newRow("two apostrophes as double marks")
        << u"He said ''we can't wait'' and left."_s << QStringList { u"0|''we can't wait''|we can't wait"_s };
    QTest::newRow("backticks open, apostrophes close")
        << u"``Not now,'' she said."_s << QStringList { u"0|``Not now,''|Not now,"_s };
    QTest::newRow("two apostrophes over two paragraphs")
        << u"''First part.\n''Second part,'' he said."_s
        << QStringList { u"0|''First part.\n''Second part,''|First part.\n''Second part,"_s };
    QTest::newRow("single nested in two apostrophes")
        << u"''They said 'not yet' to us.''"_s
        << QStringList { u"0|''They said 'not yet' to us.''|They said 'not yet' to us."_s, u"1|'not yet'|not yet"_s };
    QTest::newRow("straight single quotes") << u"A sign read 'Closed for repairs' today."_s
                                            << QStringList { u"0|'Closed for repairs'|Closed for repairs"_s };
    QTest::newRow("straight apostrophes are no quotes")
        << u"In the '90s they played rock 'n' roll at Tom's."_s << QStringList {};
    QTest::newRow("right double mark opening a paragraph")
        << u"”Tell them,” he shouted."_s << QStringList { u"0|”Tell them,”|Tell them,"_s };
    QTest::newRow("right double mark after a word closes nothing") << u"He said.” Then he left."_s << QStringList {};
    // Russian names in guillemets (the rule is in the grammar's header comment).
    QTest::newRow("guillemet name after a lower-case word")
        << u"Представители компании «Газпром» заявили о переговорах."_s << QStringList {};
    QTest::newRow("guillemet party name") << u"Лидер партии «Яблоко» выступил."_s << QStringList {};
    QTest::newRow("guillemet name of two words, second in lower case")
        << u"Об этом сообщила газета «Вечерний город»."_s << QStringList {};
    QTest::newRow("guillemet name after an abbreviation") << u"Глава ОАО «Стрелковед» ушёл."_s << QStringList {};
    QTest::newRow("guillemet name after a sentence-initial preposition")
        << u"В «Стрелковеде» это подтвердили."_s << QStringList {};
    QTest::newRow("guillemet name with a hyphen and digits")
        << u"Корабль «Союз ТМА-11» пристыковался."_s << QStringList {};
    QTest::newRow("guillemet name inside a quotation is no nested quotation")
        << u"«Мы давно работаем с «Газпромом»», — сказал он."_s
        << QStringList { u"0|«Мы давно работаем с «Газпромом»»|Мы давно работаем с «Газпромом»"_s };
    QTest::newRow("guillemet speech of several words")
        << u"«Мы не согласны с этим решением», — сказал он."_s
        << QStringList { u"0|«Мы не согласны с этим решением»|Мы не согласны с этим решением"_s };
    QTest::newRow("guillemet one word with a dash cue") << u"«Нет», — ответил он."_s
                                                         << QStringList { u"0|«Нет»|Нет"_s };
    QTest::newRow("guillemet one word after a word with a dash cue")
        << u"Он ответил «Нет», — вспоминает она."_s << QStringList { u"0|«Нет»|Нет"_s };
    QTest::newRow("guillemet speech after a colon") << u"Он сказал: «Нет»."_s << QStringList { u"0|«Нет»|Нет"_s };
    QTest::newRow("guillemet phrase in lower case after a word")
        << u"Он назвал решение «ошибкой»."_s << QStringList { u"0|«ошибкой»|ошибкой"_s };
    QTest::newRow("guillemet words with punctuation after a word")
        << u"Он ответил «Да, конечно» и ушёл."_s << QStringList { u"0|«Да, конечно»|Да, конечно"_s };
    QTest::newRow("guillemet four words after a word")
        << u"Табличка «Вход только по пропускам» висела."_s
        << QStringList { u"0|«Вход только по пропускам»|Вход только по пропускам"_s };
    QTest::newRow("guillemet capitalised noun in german stays a quotation")
        << u"Er nannte es «Unsinn» und ging."_s << QStringList { u"0|«Unsinn»|Unsinn"_s };
    QTest::newRow("empty text") << QString() << QStringList {};
}

void TestQuotationFinder::quotations()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QuotationFinder finder;
    QCOMPARE(describeQuotations(text, finder.quotations(text)), expected);
}

void TestQuotationFinder::otherSpans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NewsSpan::Kind>("kind");
    QTest::addColumn<QStringList>("expected");

    using K = NewsSpan::Kind;
    QTest::newRow("dateline arrahmah") << u"KABUL (Arrahmah.id) — Rusia akan membantu."_s << K::Dateline
                                       << QStringList { u"KABUL (Arrahmah.id) —"_s };
    QTest::newRow("dateline reuters with date") << u"MOSCOW, May 2 (Reuters) - Russia will help."_s << K::Dateline
                                                << QStringList { u"MOSCOW, May 2 (Reuters) -"_s };
    QTest::newRow("dateline kompas") << u"JAKARTA, KOMPAS.com - Pemerintah menyatakan."_s << K::Dateline
                                     << QStringList { u"JAKARTA, KOMPAS.com -"_s };
    QTest::newRow("dateline antara title case")
        << u"Jakarta (ANTARA) - Presiden berkata."_s << K::Dateline << QStringList { u"Jakarta (ANTARA) -"_s };
    QTest::newRow("dateline tass") << u"МОСКВА, 2 мая. /ТАСС/. Россия поможет."_s << K::Dateline
                                   << QStringList { u"МОСКВА, 2 мая. /ТАСС/."_s };
    QTest::newRow("dateline only at the start")
        << u"Text first.\nKABUL (AP) — later."_s << K::Dateline << QStringList {};
    QTest::newRow("no dateline in a plain sentence")
        << u"Rusia (yang kuat) - kata dia."_s << K::Dateline << QStringList {};
    QTest::newRow("date numeric dmy") << u"pada Jumat (2/5/2025)."_s << K::Date << QStringList { u"2/5/2025"_s };
    QTest::newRow("date iso") << u"Published 2025-05-02 in Kabul."_s << K::Date << QStringList { u"2025-05-02"_s };
    QTest::newRow("date indonesian") << u"Pada 2 Mei 2025 dan Agustus 2021."_s << K::Date
                                     << QStringList { u"2 Mei 2025"_s, u"Agustus 2021"_s };
    QTest::newRow("date english") << u"On May 2, 2025 and in March 2024."_s << K::Date
                                  << QStringList { u"May 2, 2025"_s, u"March 2024"_s };
    QTest::newRow("date short in parentheses") << u"melansir Reuters (2/5)."_s << K::Date << QStringList { u"2/5"_s };
    QTest::newRow("may the verb is no date") << u"They may 2 times fail."_s << K::Date << QStringList {};
    QTest::newRow("date german and french")
        << u"Am 2. Mai 2025; le 1er mai 2025."_s << K::Date << QStringList { u"2. Mai 2025"_s, u"1er mai 2025"_s };
    QTest::newRow("date russian") << u"2 мая 2025 года"_s << K::Date << QStringList { u"2 мая 2025"_s };
    QTest::newRow("date japanese") << u"2025年5月2日に発表した"_s << K::Date << QStringList { u"2025年5月2日"_s };
    QTest::newRow("numbers and figures") << u"145 orang, 1,200 troops, 3.5% and $2 billion after 20 tahun."_s
                                         << K::Number
                                         << QStringList { u"145 orang"_s, u"1,200"_s, u"3.5%"_s, u"$2 billion"_s,
                                                u"20 tahun"_s };
    QTest::newRow("thousands set apart by spaces")
        << u"devant 2 000 personnes et 1\u202f500 autres, 40 % de plus"_s << K::Number
        << QStringList { u"2 000 personnes"_s, u"1\u202f500"_s, u"40 %"_s };
    QTest::newRow("figures against japanese words") << u"約300人が参加"_s << K::Number << QStringList { u"300"_s };
    QTest::newRow("dateline arabic") << u"الدوحة (الجزيرة) - قال المتحدث"_s << K::Dateline
                                     << QStringList { u"الدوحة (الجزيرة) -"_s };
    QTest::newRow("numbers inside words are not figures")
        << u"COVID19 and the 2nd G20 round"_s << K::Number << QStringList {};
    QTest::newRow("url") << u"See https://example.org/a?b=1, or www.kompas.com."_s << K::Url
                         << QStringList { u"https://example.org/a?b=1"_s, u"www.kompas.com"_s };
    QTest::newRow("bare domain") << u"(hanoum/arrahmah.id)"_s << K::Url << QStringList { u"arrahmah.id"_s };
    QTest::newRow("handle") << u"Follow @Reuters, not mail@example.org."_s << K::Handle
                            << QStringList { u"@Reuters"_s };
    QTest::newRow("hashtag") << u"Trending #Kabul2025 and #1 and a&#39;"_s << K::Hashtag
                             << QStringList { u"#Kabul2025"_s };
}

void TestQuotationFinder::otherSpans()
{
    QFETCH(QString, text);
    QFETCH(NewsSpan::Kind, kind);
    QFETCH(QStringList, expected);
    QuotationFinder finder;
    QCOMPARE(coveredOfKind(text, finder.spans(text), kind), expected);
}

void TestQuotationFinder::seedStoryGivesItsFiveQuotations()
{
    const QString text = readUtf8(QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt"));
    QVERIFY(!text.isEmpty());
    QFile goldFile(QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.gold.json"));
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    const QJsonArray goldQuotes = QJsonDocument::fromJson(goldFile.readAll()).object().value(u"quotes").toArray();
    QCOMPARE(goldQuotes.size(), 5);

    QuotationFinder finder;
    const QList<NewsSpan> quotations = finder.quotations(text);
    QStringList inner;
    for (const NewsSpan &span : quotations) {
        inner.append(text.mid(span.innerStart, span.innerEnd - span.innerStart));
        QCOMPARE(span.depth, 0);
        QVERIFY(span.closed);
        QCOMPARE(span.start + 1, span.innerStart); // one mark each side, no spaces inside
        QCOMPARE(span.innerEnd + 1, span.end);
    }
    QStringList gold;
    for (const auto &quote : goldQuotes) {
        gold.append(quote.toObject().value(u"text").toString());
    }
    QCOMPARE(inner, gold);

    const QList<NewsSpan> all = finder.spans(text);
    QVERIFY(!all.isEmpty());
    QCOMPARE(all.first().kind, NewsSpan::Kind::Dateline);
    QCOMPARE(text.mid(all.first().start, all.first().end - all.first().start), u"KABUL (Arrahmah.id) —"_s);
}

void TestQuotationFinder::quotationsOnlySkipsOtherKinds()
{
    const QString text = u"KABUL (AP) — On 2 May 2025, “145 people” left #now."_s;
    QuotationFinder finder;
    const QList<NewsSpan> quotations = finder.quotations(text);
    QCOMPARE(quotations.size(), 1);
    QCOMPARE(quotations.first().kind, NewsSpan::Kind::Quotation);
    const QList<NewsSpan> all = finder.spans(text);
    QCOMPARE(coveredOfKind(text, all, NewsSpan::Kind::Number), QStringList { u"145 people"_s });
    QCOMPARE(all.size(), 5); // dateline, date, quotation, number inside it, hashtag
}

void TestQuotationFinder::reuseGivesTheSameResult()
{
    // The finder keeps state between calls only as caches; an unclosed quotation in one text
    // must not leak into the next.
    QuotationFinder finder;
    const QString first = u"“never closed"_s;
    const QString second = u"plain “closed” text"_s;
    QCOMPARE(describeQuotations(first, finder.quotations(first)).size(), 1);
    QCOMPARE(describeQuotations(second, finder.quotations(second)), QStringList { u"0|“closed”|closed"_s });
}

void TestQuotationFinder::threadsGiveTheSameResult()
{
    const QString text = readUtf8(QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt"));
    QuotationFinder finder;
    const QString expected = referenceDump(text, finder.spans(text));
    QStringList results(3);
    QList<QThread *> threads;
    for (int i = 0; i < 3; ++i) {
        threads.append(QThread::create([&results, &text, i] {
            QuotationFinder own; // one per thread, with the thread's own Repository
            results[i] = referenceDump(text, own.spans(text));
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    for (const QString &result : std::as_const(results)) {
        QCOMPARE(result, expected);
    }
}

QTEST_GUILESS_MAIN(TestQuotationFinder)
#include "tst_quotationfinder.moc"
