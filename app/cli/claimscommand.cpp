// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimscommand.h"

#include "articlejson.h"
#include "claimclisupport.h"
#include "commandcontext.h"
#include "storage/claimstore.h"
#include "storage/tagstore.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Dateline
{

QString ClaimsCommand::description()
{
    return tr("List the claims, earliest story first.");
}

int ClaimsCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("claims");
    QCommandLineParser parser;
    parser.setApplicationDescription(description() + u'\n' +
        tr("Offsets in JSON count Unicode code points. An empty list is not an error (exit status 0); an unknown "
           "tag or actor is (exit status 1)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON document instead of a table."));
    const QCommandLineOption tagOption(QStringLiteral("tag"),
        tr("Only the claims tagged T or one of its sub-tags (a path such as “Casualties/Death toll”)."),
        QStringLiteral("T"));
    const QCommandLineOption actorOption(
        QStringLiteral("actor"), tr("Only the claims whose claimant is the actor named A (name or alias)."),
        QStringLiteral("A"));
    parser.addOptions({ jsonOption, tagOption, actorOption });
    if (const auto exit = context.parse(parser, arguments, QStringLiteral("dateline claims [options]"))) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(
            tr("claims takes no arguments, only options (“%1”).").arg(parser.positionalArguments().join(u' ')),
            command);
    }

    auto library = context.openLibrary(CommandContext::Create::Never);
    if (!library) {
        context.error(library.error());
        return CommandContext::ExitUsage;
    }
    const QSqlDatabase db = library.value()->database();
    ClaimCliSupport support(db);
    ClaimFilter filter;
    if (parser.isSet(tagOption)) {
        auto tag = TagStore(db).byPath(parser.value(tagOption), false);
        if (!tag) {
            context.error(tag.error());
            return CommandContext::ExitFailure;
        }
        filter.tagId = tag.value().id;
    }
    if (parser.isSet(actorOption)) {
        const QString name = parser.value(actorOption);
        auto actor = support.findActor(name);
        if (!actor) {
            context.error(actor.error());
            return CommandContext::ExitFailure;
        }
        if (!actor.value()) {
            context.error(tr("The library has no actor named “%1”.").arg(name.trimmed()));
            return CommandContext::ExitFailure;
        }
        filter.actorId = *actor.value();
    }
    const auto claims = ClaimStore(db).claims(filter);
    if (!claims) {
        context.error(claims.error());
        return CommandContext::ExitFailure;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Claim &claim : std::as_const(claims.value())) {
            array.append(support.claimJson(claim));
        }
        ArticleJson::write(context.out(), { { QStringLiteral("claims"), array } });
        return CommandContext::ExitSuccess;
    }
    if (claims.value().isEmpty()) {
        context.out() << (filter.tagId == 0 && filter.actorId == 0 ? tr("The library has no claims.")
                                                                   : tr("No claims match these options."))
                      << u'\n';
        return CommandContext::ExitSuccess;
    }
    TextTable table({ tr("ID"), tr("Date"), tr("Outlet"), tr("Status"), tr("Claimant"), tr("Tags"), tr("Claim") },
        { TextTable::Align::Right, TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left,
            TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left });
    table.setMaximumWidth(2, 18);
    table.setMaximumWidth(4, 20);
    table.setMaximumWidth(5, 24);
    const QString none = QStringLiteral("-");
    for (const Claim &claim : std::as_const(claims.value())) {
        QString text = claim.anchor.exact.simplified();
        if (!claim.anchored) {
            text = tr("(orphaned) %1").arg(text);
        }
        table.addRow({ QString::number(claim.id),
            claim.published.isValid() ? claim.published.toString(Qt::ISODate) : none,
            claim.outlet.isEmpty() ? none : claim.outlet, ClaimNames::statusLabel(claim.status),
            claim.claimant.id == 0 ? none : claim.claimant.name, support.tagPaths(claim).join(QStringLiteral(", ")),
            text });
    }
    table.write(context.out(), CommandContext::outputWidth());
    return CommandContext::ExitSuccess;
}

} // namespace Dateline
