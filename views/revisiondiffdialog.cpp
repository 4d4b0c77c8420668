// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisiondiffdialog.h"

#include "librarysession.h"
#include "mainwindow.h"
#include "readertheme.h"
#include "readerview.h"

#include <dtl/dtl.hpp>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <vector>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

enum class TokenClass { Word, Space, Other };

TokenClass classOf(char32_t c)
{
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
        return TokenClass::Word;
    }
    return QChar::isSpace(c) ? TokenClass::Space : TokenClass::Other;
}

/// Words, runs of white space, and every other character alone: the units a reader sees change.
std::vector<QString> tokens(const QString &text)
{
    std::vector<QString> result;
    qsizetype i = 0;
    TokenClass last = TokenClass::Other;
    while (i < text.size()) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const TokenClass kind = classOf(c);
        if (!result.empty() && kind == last && kind != TokenClass::Other) {
            result.back() += QStringView(text).sliced(i, width);
        } else {
            result.push_back(text.sliced(i, width));
        }
        last = kind;
        i += width;
    }
    return result;
}

/// `colour` laid over `background` at `share` of its strength: a tint that keeps text readable.
QColor tint(const QColor &colour, const QColor &background, double share)
{
    return QColor::fromRgbF(float(colour.redF() * share + background.redF() * (1 - share)),
        float(colour.greenF() * share + background.greenF() * (1 - share)),
        float(colour.blueF() * share + background.blueF() * (1 - share)));
}

constexpr double TintShare = 0.35;

} // namespace

RevisionDiffDialog::RevisionDiffDialog(const RevisionStore &store, qint64 articleId, ReaderTheme *theme, QWidget *parent)
    : QDialog(parent)
    , m_theme(theme)
{
    setObjectName(u"revisionDiffDialog"_s);
    setWindowTitle(tr("Compare Revisions"));
    resize(820, 600);

    if (auto revisions = store.revisions(articleId); revisions) {
        for (const Revision &revision : std::as_const(revisions.value())) {
            auto text = store.revisionText(articleId, revision.id);
            if (!text) {
                m_error = text.error();
                break;
            }
            m_revisions.append(revision);
            m_texts.append(text.value());
        }
    } else {
        m_error = revisions.error();
    }

    const auto layout = new QVBoxLayout(this);
    const auto form = new QFormLayout;
    m_older = new QComboBox(this);
    m_older->setObjectName(u"olderRevision"_s);
    m_newer = new QComboBox(this);
    m_newer->setObjectName(u"newerRevision"_s);
    for (const Revision &revision : std::as_const(m_revisions)) {
        m_older->addItem(revisionLabel(revision));
        m_newer->addItem(revisionLabel(revision));
    }
    form->addRow(tr("&From:"), m_older);
    form->addRow(tr("&To:"), m_newer);
    layout->addLayout(form);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(u"revisionDiff"_s);
    m_view->setOpenLinks(false);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"revisionDiffSummary"_s);
    layout->addWidget(m_summary);
    const auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // By default the latest change: the revision before the current text, and the current text.
    const auto count = int(m_revisions.size());
    m_older->setCurrentIndex(std::max(0, count - 2));
    m_newer->setCurrentIndex(count - 1);
    connect(m_older, &QComboBox::currentIndexChanged, this, &RevisionDiffDialog::showDiff);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &RevisionDiffDialog::showDiff);
    if (theme) {
        connect(theme, &ReaderTheme::changed, this, &RevisionDiffDialog::showDiff);
    }
    showDiff();
}

RevisionDiffDialog::~RevisionDiffDialog() = default;

QString RevisionDiffDialog::revisionLabel(const Revision &revision) const
{
    if (revision.current) {
        //: The story's current text in the list of its revisions
        return tr("Revision %1 (current): %2").arg(revision.number).arg(revision.title);
    }
    //: An older text of the story: its number, when it was replaced, its title
    return tr("Revision %1 (until %2): %3")
        .arg(revision.number)
        .arg(QLocale().toString(revision.replacedAt.toLocalTime(), QLocale::ShortFormat), revision.title);
}

QList<DiffRun> RevisionDiffDialog::wordDiff(const QString &older, const QString &newer)
{
    const std::vector<QString> a = tokens(older);
    const std::vector<QString> b = tokens(newer);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.onHuge(); // a long story: dtl then keeps less in memory
    diff.compose();
    QList<DiffRun> runs;
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        DiffRun::Kind kind = DiffRun::Kind::Common;
        if (info.type == dtl::SES_ADD) {
            kind = DiffRun::Kind::Inserted;
        } else if (info.type == dtl::SES_DELETE) {
            kind = DiffRun::Kind::Deleted;
        }
        if (!runs.isEmpty() && runs.constLast().kind == kind) {
            runs.last().text += token;
        } else {
            runs.append({ kind, token });
        }
    }
    return runs;
}

void RevisionDiffDialog::compare(int olderIndex, int newerIndex)
{
    m_older->setCurrentIndex(olderIndex);
    m_newer->setCurrentIndex(newerIndex);
    showDiff();
}

void RevisionDiffDialog::showDiff()
{
    m_view->clear();
    m_runs.clear();
    const int older = m_older->currentIndex();
    const int newer = m_newer->currentIndex();
    if (!m_error.isEmpty() || older < 0 || newer < 0) {
        m_summary->setText(m_error.isEmpty() ? tr("The story has no revisions.") : m_error);
        return;
    }
    m_runs = wordDiff(m_texts.at(older), m_texts.at(newer));

    // The reader's theme: its editor colours for what was added and what was taken out.
    ReaderTheme fallback;
    const ReaderTheme *theme = m_theme ? m_theme : &fallback;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme resolved = theme->resolve(dark);
    m_view->setPalette(ReaderTheme::palette(resolved, palette()));
    const QColor background = QColor::fromRgba(resolved.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    QTextCharFormat deleted;
    deleted.setBackground(
        tint(QColor::fromRgba(resolved.editorColor(KSyntaxHighlighting::Theme::MarkError)), background, TintShare));
    deleted.setFontStrikeOut(true);
    deleted.setToolTip(tr("Deleted in the newer revision"));
    QTextCharFormat inserted;
    inserted.setBackground(
        tint(QColor::fromRgba(resolved.editorColor(KSyntaxHighlighting::Theme::SavedLines)), background, TintShare));
    inserted.setToolTip(tr("Inserted in the newer revision"));
    const QTextCharFormat common;

    QTextCursor cursor(m_view->document());
    int insertions = 0;
    int deletions = 0;
    for (const DiffRun &run : std::as_const(m_runs)) {
        switch (run.kind) {
        case DiffRun::Kind::Common:
            cursor.insertText(run.text, common);
            break;
        case DiffRun::Kind::Deleted:
            cursor.insertText(run.text, deleted);
            ++deletions;
            break;
        case DiffRun::Kind::Inserted:
            cursor.insertText(run.text, inserted);
            ++insertions;
            break;
        }
    }
    m_view->moveCursor(QTextCursor::Start);
    m_summary->setText(older == newer ? tr("The same revision on both sides.")
                                      : tr("Passages inserted: %1, passages deleted: %2").arg(insertions).arg(deletions));
}

QAction *RevisionDiffDialog::installAction(MainWindow *window)
{
    const auto action = new QAction(tr("Compare Revisions…"), window);
    action->setObjectName(u"actionCompareRevisions"_s);
    action->setToolTip(tr("Show what changed between two texts of the story in the reader"));
    window->addAction(action);
    if (auto menu = window->menuBar()->findChild<QMenu *>(u"menuView"_s)) {
        menu->addAction(action);
    }
    QObject::connect(action, &QAction::triggered, window, [window] {
        const auto reader = window->findChild<ReaderView *>();
        const qint64 articleId = reader ? reader->articleId() : 0;
        if (!window->session() || articleId == 0) {
            window->showNote(tr("Open a story to compare its revisions."));
            return;
        }
        const RevisionStore store(window->session()->library().database());
        auto dialog = new RevisionDiffDialog(store, articleId, window->readerTheme(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (dialog->revisions().size() < 2 && dialog->errorText().isEmpty()) {
            delete dialog;
            window->showNote(tr("This story has not changed since it was imported: it has no other revision."));
            return;
        }
        dialog->show();
    });
    return action;
}

} // namespace Dateline
