// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadcommand.h"

#include "articlejson.h"
#include "claimclisupport.h"
#include "commandcontext.h"
#include "storage/claimthreads.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Dateline
{

QString ThreadCommand::description()
{
    return tr("Follow a claim across stories: the claims linked to it, earliest first, with conflicting figures.");
}

int ThreadCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("thread");
    QCommandLineParser parser;
    parser.setApplicationDescription(description() + u'\n' +
        tr("A thread is every claim reached from CLAIM_ID through links of any relation, ordered by the date of "
           "its story (unknown dates last). Where claims linked as the same claim state different figures "
           "(137 against 145), the thread lists the conflict. JSON: {\"claims\": [...], \"links\": [...], "
           "\"conflicts\": [...]}, offsets in Unicode code points."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON document."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("CLAIM_ID"), tr("Any claim of the thread."));
    if (const auto exit = context.parse(parser, arguments, QStringLiteral("dateline thread [--json] CLAIM_ID"))) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return context.usageError(tr("thread needs exactly one claim ID."), command);
    }
    bool ok = false;
    const qint64 id = positional.constFirst().toLongLong(&ok);
    if (!ok || id <= 0) {
        return context.usageError(
            tr("“%1” is not a claim ID: IDs are whole numbers from 1.").arg(positional.constFirst()), command);
    }

    auto library = context.openLibrary(CommandContext::Create::Never);
    if (!library) {
        context.error(library.error());
        return CommandContext::ExitUsage;
    }
    const QSqlDatabase db = library.value()->database();
    const auto thread = ClaimThreads(db).thread(id);
    if (!thread) {
        context.error(thread.error());
        return CommandContext::ExitFailure;
    }
    ClaimCliSupport support(db);
    const ClaimThread &t = thread.value();

    if (parser.isSet(jsonOption)) {
        QJsonArray claims;
        for (const Claim &claim : t.claims) {
            claims.append(support.claimJson(claim));
        }
        QJsonArray links;
        for (const ClaimLink &link : t.links) {
            links.append(ClaimCliSupport::linkJson(link));
        }
        QJsonArray conflicts;
        for (const FigureConflict &conflict : t.conflicts) {
            conflicts.append(ClaimCliSupport::conflictJson(conflict));
        }
        ArticleJson::write(context.out(), {
            { QStringLiteral("claims"), claims },
            { QStringLiteral("links"), links },
            { QStringLiteral("conflicts"), conflicts },
        });
        return CommandContext::ExitSuccess;
    }

    QTextStream &out = context.out();
    out << tr("Thread of claim %1: %n claim(s)", nullptr, int(t.claims.size())).arg(id) << QStringLiteral(", ")
        << tr("%n link(s)", nullptr, int(t.links.size())) << u'\n';
    const QString unknown = tr("(date unknown)");
    for (const Claim &claim : t.claims) {
        out << u'\n'
            << tr("#%1  %2  %3  [%4]")
                   .arg(claim.id)
                   .arg(claim.published.isValid() ? claim.published.toString(Qt::ISODate) : unknown,
                       claim.outlet.isEmpty() ? tr("(no outlet)") : claim.outlet, ClaimNames::statusLabel(claim.status))
            << u'\n';
        out << QStringLiteral("    “") << claim.anchor.exact.simplified() << QStringLiteral("”");
        if (claim.claimant.id != 0) {
            out << QStringLiteral(" — ") << claim.claimant.name;
        }
        out << u'\n';
        // Each link read from this claim's end: "updates #3" here is "updated by #7" there.
        for (const ClaimLink &link : t.links) {
            if (link.fromClaimId == claim.id) {
                out << QStringLiteral("    ") << ClaimNames::relationPhrase(link.relation, true) << QStringLiteral(" #") << link.toClaimId << u'\n';
            } else if (link.toClaimId == claim.id) {
                out << QStringLiteral("    ") << ClaimNames::relationPhrase(link.relation, false) << QStringLiteral(" #") << link.fromClaimId << u'\n';
            }
        }
    }
    if (!t.conflicts.isEmpty()) {
        out << u'\n' << tr("Conflicting figures:") << u'\n';
        for (const FigureConflict &conflict : t.conflicts) {
            QStringList parts;
            for (const qint64 claimId : conflict.claimIds) {
                parts.append(tr("#%1 says %2").arg(claimId).arg(conflict.values.value(claimId).join(QStringLiteral(", "))));
            }
            out << QStringLiteral("  ") << parts.join(QStringLiteral("; ")) << u'\n';
        }
    }
    return CommandContext::ExitSuccess;
}

} // namespace Dateline
