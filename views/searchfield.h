// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QTimer;

namespace Dateline
{

/**
 * The search box: reports what is typed once typing pauses (about 150 ms), so that a quick
 * typist does not start a query per key; Escape clears it at once.
 */
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);
    ~SearchField() override;

    /// How long typing must pause before searchRequested(); tests may shorten it.
    void setDebounceInterval(int milliseconds);
    [[nodiscard]] int debounceInterval() const;

Q_SIGNALS:
    void searchRequested(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer *m_debounce = nullptr;
};

} // namespace Dateline
