// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are current and complete: every tr() string of the sources is in each .ts
// file, translated, with the same placeholders as its English source.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace
{

struct Message {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message { context, {}, {}, false, xml.attributes().value(u"numerus") == u"yes" };
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(u"type");
            current.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text)) {
        found.insert(match.captured());
    }
    return found;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(DATELINE_SOURCE_DIR "/translations"));
    QStringList files;
    for (const auto &name : dir.entryList({ QStringLiteral("*.ts")}, QDir::Files)) {
        files.append(dir.filePath(name));
    }
    return files;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("tsFile");
        for (const auto &file : tsFiles()) {
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
        }
    }

    void complete()
    {
        QFETCH(QString, tsFile);
        const auto messages = readTs(tsFile);
        QVERIFY2(!messages.isEmpty(), qPrintable(tsFile));
        for (const auto &m : messages) {
            const auto where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
            QVERIFY2(!m.unfinished && !m.translation.trimmed().isEmpty(), qPrintable(where + u" is not translated"_s));
            if (!m.numerus) {
                QCOMPARE(placeholders(m.translation), placeholders(m.source));
            }
        }
    }

    void current_data() { complete_data(); }

    // lupdate over the sources now must find no string that the committed file lacks.
    void current()
    {
        QFETCH(QString, tsFile);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        const QString root = QStringLiteral(DATELINE_SOURCE_DIR);
        QProcess lupdate;
        lupdate.start(QStringLiteral(DATELINE_LUPDATE),
            { QStringLiteral("-silent"),
                QStringLiteral("-no-obsolete"), root + u"/app"_s, root + u"/views"_s, root + u"/models"_s,
                    QStringLiteral("-ts"), fresh });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QSet<QString> committed;
        for (const auto &m : readTs(tsFile)) {
            committed.insert(m.context + u'\x1f' + m.source);
        }
        QStringList missing;
        for (const auto &m : readTs(fresh)) {
            if (!committed.contains(m.context + u'\x1f' + m.source)) {
                missing.append(m.context + u": " + m.source);
            }
        }
        QVERIFY2(
            missing.isEmpty(), qPrintable(u"run the dateline_lupdate target and translate:\n"_s + missing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
