// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcommand.h"

#include "articlejson.h"
#include "claimclisupport.h"
#include "codepoints.h"
#include "commandcontext.h"
#include "storage/articlestore.h"
#include "storage/claimstore.h"
#include "storage/tagstore.h"

#include <QCommandLineParser>

namespace Dateline
{

namespace
{

std::optional<qint64> wholeNumber(const QString &text, qint64 minimum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= minimum ? std::optional<qint64>(value) : std::nullopt;
}

QStringList statusNames()
{
    QStringList names;
    for (const ClaimStatus status : ClaimNames::allStatuses()) {
        names.append(ClaimNames::statusName(status));
    }
    return names;
}

} // namespace

QString ClaimCommand::description()
{
    return tr("Mark a passage of a story as a claim (claim add), or show one (claim show).");
}

int ClaimCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("claim");
    QCommandLineParser parser;
    parser.setApplicationDescription(description() + u'\n' +
        tr("claim add ARTICLE_ID START END marks the passage from START to END (END not included) of the story "
           "ARTICLE_ID; offsets count Unicode code points of the story's text, as “dateline show --json” gives it. "
           "The claimant is by default the speaker of the quotation around the passage, else the story's outlet. "
           "claim show ID prints one claim. A passage outside the text or an unknown story is an error "
           "(exit status 1)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the claim as one JSON document."));
    const QCommandLineOption tagOption(QStringLiteral("tag"),
        tr("Tag the claim with T (a path such as “Casualties/Death toll”, created when missing); repeat for "
           "more tags, the first one colours the claim."),
        QStringLiteral("T"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
        tr("How the claim checks out: %1 (default unverified).").arg(statusNames().join(QStringLiteral(", "))),
        QStringLiteral("S"));
    const QCommandLineOption claimantOption(QStringLiteral("claimant"),
        tr("Who claims it: an actor's name or alias (a new actor when the library has none of that name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption noteOption(
        QStringLiteral("note"), tr("A note on the claim (Markdown)."), QStringLiteral("TEXT"));
    parser.addOptions({ jsonOption, tagOption, statusOption, claimantOption, noteOption });
    parser.addPositionalArgument(QStringLiteral("add|show"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("ARGUMENTS"), tr("ARTICLE_ID START END for add, ID for show."));
    if (const auto exit = context.parse(parser, arguments,
            QStringLiteral("dateline claim add [options] ARTICLE_ID START END\n       dateline claim show [--json] ID"))) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"add" && action != u"show") {
        return context.usageError(positional.isEmpty() ? tr("claim needs “add” or “show”.")
                                                       : tr("“%1” is not something claim does: use “add” or “show”.")
                                                             .arg(action),
            command);
    }

    if (action == u"show") {
        if (positional.size() != 2) {
            return context.usageError(tr("claim show needs exactly one claim ID."), command);
        }
        const auto id = wholeNumber(positional.at(1), 1);
        if (!id) {
            return context.usageError(
                tr("“%1” is not a claim ID: IDs are whole numbers from 1.").arg(positional.at(1)), command);
        }
        auto library = context.openLibrary(CommandContext::Create::Never);
        if (!library) {
            context.error(library.error());
            return CommandContext::ExitUsage;
        }
        const QSqlDatabase db = library.value()->database();
        const auto claim = ClaimStore(db).claim(*id);
        if (!claim) {
            context.error(claim.error());
            return CommandContext::ExitFailure;
        }
        ClaimCliSupport support(db);
        if (parser.isSet(jsonOption)) {
            ArticleJson::write(context.out(), support.claimJson(claim.value()));
            return CommandContext::ExitSuccess;
        }
        const Claim &c = claim.value();
        QTextStream &out = context.out();
        out << tr("Claim %1 in story %2 (%3)").arg(c.id).arg(c.articleId).arg(c.articleTitle) << u'\n';
        out << QStringLiteral("  “") << c.anchor.exact << QStringLiteral("”\n");
        out << tr("  Status: %1").arg(ClaimNames::statusLabel(c.status)) << u'\n';
        out << tr("  Claimant: %1").arg(c.claimant.id == 0 ? tr("(nobody named)") : c.claimant.name) << u'\n';
        out << tr("  Tags: %1").arg(support.tagPaths(c).join(QStringLiteral(", "))) << u'\n';
        if (!c.anchored) {
            out << tr("  Orphaned: the story changed and the passage was not found again.") << u'\n';
        }
        if (!c.note.isEmpty()) {
            out << tr("  Note: %1").arg(c.note) << u'\n';
        }
        return CommandContext::ExitSuccess;
    }

    if (positional.size() != 4) {
        return context.usageError(tr("claim add needs a story ID, a start and an end."), command);
    }
    const auto articleId = wholeNumber(positional.at(1), 1);
    if (!articleId) {
        return context.usageError(
            tr("“%1” is not a story ID: IDs are whole numbers from 1.").arg(positional.at(1)), command);
    }
    const auto start = wholeNumber(positional.at(2), 0);
    const auto end = wholeNumber(positional.at(3), 0);
    if (!start || !end) {
        return context.usageError(tr("START and END are offsets: whole numbers from 0."), command);
    }
    if (*end <= *start) {
        return context.usageError(tr("END (%1) must come after START (%2).").arg(*end).arg(*start), command);
    }
    std::optional<ClaimStatus> status = ClaimStatus::Unverified;
    if (parser.isSet(statusOption)) {
        status = ClaimNames::statusFromName(parser.value(statusOption));
        if (!status) {
            return context.usageError(tr("“%1” is not a status: use one of %2.")
                                          .arg(parser.value(statusOption), statusNames().join(QStringLiteral(", "))),
                command);
        }
    }
    const QStringList tagPaths = parser.values(tagOption);
    for (const QString &path : tagPaths) {
        if (path.split(u'/', Qt::SkipEmptyParts).isEmpty() || path.trimmed().isEmpty()) {
            return context.usageError(tr("--tag needs a tag's name or path, not “%1”.").arg(path), command);
        }
    }
    if (parser.isSet(claimantOption) && parser.value(claimantOption).trimmed().isEmpty()) {
        return context.usageError(tr("--claimant needs an actor's name."), command);
    }

    auto library = context.openLibrary(CommandContext::Create::Never);
    if (!library) {
        context.error(library.error());
        return CommandContext::ExitUsage;
    }
    const QSqlDatabase db = library.value()->database();
    ClaimCliSupport support(db);
    ClaimStore claims(db);

    // The span first, so that a wrong one leaves no new tag or actor behind.
    const auto article = ArticleStore(db).article(*articleId);
    if (!article) {
        context.error(article.error());
        return CommandContext::ExitFailure;
    }
    const QString &text = article.value().text;
    NewClaim claim;
    claim.articleId = *articleId;
    claim.start = ClaimCliSupport::utf16Offset(text, *start);
    claim.end = ClaimCliSupport::utf16Offset(text, *end);
    if (claim.start < 0 || claim.end < 0) {
        context.error(tr("The passage %1–%2 lies outside the story's text (%3 characters).")
                          .arg(*start)
                          .arg(*end)
                          .arg(codePointLength(text)));
        return CommandContext::ExitFailure;
    }
    claim.status = *status;
    claim.note = parser.value(noteOption);

    if (parser.isSet(claimantOption)) {
        auto actor = support.findOrCreateActor(parser.value(claimantOption));
        if (!actor) {
            context.error(actor.error());
            return CommandContext::ExitFailure;
        }
        claim.claimantActorId = actor.value();
    } else {
        auto actor = claims.defaultClaimant(claim.articleId, claim.start, claim.end);
        if (!actor) {
            context.error(actor.error());
            return CommandContext::ExitFailure;
        }
        claim.claimantActorId = actor.value();
    }
    TagStore tags(db);
    for (const QString &path : tagPaths) {
        auto tag = tags.byPath(path, true);
        if (!tag) {
            context.error(tag.error());
            return CommandContext::ExitFailure;
        }
        if (!claim.tagIds.contains(tag.value().id)) {
            claim.tagIds.append(tag.value().id);
        }
    }
    auto added = claims.add(claim);
    if (!added) {
        context.error(added.error());
        return CommandContext::ExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        ArticleJson::write(context.out(), support.claimJson(added.value()));
        return CommandContext::ExitSuccess;
    }
    context.out() << tr("Claim %1 added to story %2: “%3”").arg(added.value().id).arg(claim.articleId).arg(
                         added.value().anchor.exact)
                  << u'\n';
    return CommandContext::ExitSuccess;
}

} // namespace Dateline
