// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSettings;

namespace Dateline
{

class ReaderTheme;

/**
 * Dateline's settings: for now the reader's colour theme, one of KSyntaxHighlighting's themes or
 * "follow the system" (the default), which picks the light or the dark default theme by the
 * system's colour scheme. OK applies the choice to the ReaderTheme and writes it to the settings.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `theme` and `settings` are not owned and must outlive the dialog; without `settings` the
    /// choice goes to the default QSettings.
    SettingsDialog(ReaderTheme *theme, QSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    ReaderTheme *m_theme = nullptr;
    QSettings *m_settings = nullptr;
    QComboBox *m_themes = nullptr;
};

} // namespace Dateline
