// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkcommand.h"

#include "articlejson.h"
#include "claimclisupport.h"
#include "commandcontext.h"
#include "storage/claimlinkstore.h"

#include <QCommandLineParser>

namespace Dateline
{

namespace
{

QStringList relationNames()
{
    QStringList names;
    for (const ClaimRelation relation : ClaimNames::allRelations()) {
        names.append(ClaimNames::relationName(relation));
    }
    return names;
}

} // namespace

QString LinkCommand::description()
{
    return tr("Link two claims: the same claim, supports, contradicts, elaborates, updates or cites.");
}

int LinkCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("link");
    QCommandLineParser parser;
    parser.setApplicationDescription(description() + u'\n' +
        tr("The link goes from FROM_ID to TO_ID: “dateline link 7 3 updates” says that claim 7 updates claim 3. "
           "An unknown claim, a claim linked to itself or the same link twice is an error (exit status 1)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the new link as one JSON document."));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("A note on the link."), QStringLiteral("TEXT"));
    parser.addOptions({ jsonOption, noteOption });
    parser.addPositionalArgument(QStringLiteral("FROM_ID"), tr("The claim the relation is said of."));
    parser.addPositionalArgument(QStringLiteral("TO_ID"), tr("The other claim."));
    parser.addPositionalArgument(QStringLiteral("RELATION"), relationNames().join(QStringLiteral(", ")));
    if (const auto exit =
            context.parse(parser, arguments, QStringLiteral("dateline link [options] FROM_ID TO_ID RELATION"))) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3) {
        return context.usageError(tr("link needs two claim IDs and a relation."), command);
    }
    qint64 ids[2] = { 0, 0 };
    for (int i = 0; i < 2; ++i) {
        bool ok = false;
        ids[i] = positional.at(i).toLongLong(&ok);
        if (!ok || ids[i] <= 0) {
            return context.usageError(
                tr("“%1” is not a claim ID: IDs are whole numbers from 1.").arg(positional.at(i)), command);
        }
    }
    const auto relation = ClaimNames::relationFromName(positional.at(2));
    if (!relation) {
        return context.usageError(tr("“%1” is not a relation: use one of %2.")
                                      .arg(positional.at(2), relationNames().join(QStringLiteral(", "))),
            command);
    }

    auto library = context.openLibrary(CommandContext::Create::Never);
    if (!library) {
        context.error(library.error());
        return CommandContext::ExitUsage;
    }
    auto link = ClaimLinkStore(library.value()->database()).add(ids[0], ids[1], *relation, parser.value(noteOption));
    if (!link) {
        context.error(link.error());
        return CommandContext::ExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        ArticleJson::write(context.out(), ClaimCliSupport::linkJson(link.value()));
        return CommandContext::ExitSuccess;
    }
    context.out() << tr("Link %1: claim %2 %3 claim %4.")
                         .arg(link.value().id)
                         .arg(ids[0])
                         .arg(ClaimNames::relationPhrase(*relation, true))
                         .arg(ids[1])
                  << u'\n';
    return CommandContext::ExitSuccess;
}

} // namespace Dateline
