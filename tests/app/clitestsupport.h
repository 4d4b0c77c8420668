// SPDX-License-Identifier: GPL-3.0-or-later
// What the command-line tests share: a sandbox per test with a runner in it, the seed story, and
// readable failure messages.
#pragma once

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtDebug>

#include <memory>

namespace Dateline::Test
{

inline QString seedStory()
{
    return QStringLiteral(DATELINE_TEST_DATA "/arrahmah-2025-05-02-russia-iskp.txt");
}

/// Everything about a run, for a failure message.
inline QString describe(const CliResult &result)
{
    return QStringLiteral("exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4") .arg(QString::number(result.exitCode),
        result.crashed ? QStringLiteral(" (crashed or timed out)") : QString(), result.outText(), result.errText());
}

/// stdout parsed as one JSON object; `problem` says why not when it is not one.
inline QJsonObject jsonObject(const CliResult &result, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = QStringLiteral("not one JSON object (%1)\n%2").arg(error.errorString(), describe(result));
        return {};
    }
    problem->clear();
    return document.object();
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A temporary folder standing in for the home folder, and a runner that uses it.
class CliFixture
{
public:
    CliFixture()
        : m_runner(m_dir.path())
    {
    }

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] const CliRunner &cli() const { return m_runner; }

    /// Imports the seed story into the runner's library; the story's id, 0 when that failed.
    [[nodiscard]] qint64 importSeed() const
    {
        const CliResult imported = m_runner.runOnLibrary({ QStringLiteral("import"), seedStory() });
        if (imported.exitCode != 0) {
            qWarning().noquote() << describe(imported);
            return 0;
        }
        const CliResult listed = m_runner.runOnLibrary({ QStringLiteral("list"), QStringLiteral("--json") });
        QString problem;
        const QJsonArray articles = jsonObject(listed, &problem).value(u"articles").toArray();
        return articles.size() == 1 ? articles.first().toObject().value(u"id").toInteger() : 0;
    }

private:
    QTemporaryDir m_dir;
    CliRunner m_runner;
};

} // namespace Dateline::Test
