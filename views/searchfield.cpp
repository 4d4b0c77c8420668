// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfield.h"

#include <QKeyEvent>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Dateline
{

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_debounce(new QTimer(this))
{
    setObjectName(u"searchBox"_s);
    setPlaceholderText(tr("Search stories (Ctrl+F)"));
    setClearButtonEnabled(true);
    setToolTip(tr("Words find stories containing all of them; the last word may be the start of a word."));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(text()); });
    connect(this, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
    // The clear button and clear() change the text without an edit: show everything again at once.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_debounce->stop();
            Q_EMIT searchRequested(QString());
        }
    });
}

SearchField::~SearchField() = default;

void SearchField::setDebounceInterval(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

int SearchField::debounceInterval() const
{
    return m_debounce->interval();
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Dateline
