// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "readertheme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

SettingsDialog::SettingsDialog(ReaderTheme *theme, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_theme(theme)
    , m_settings(settings)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_themes = new QComboBox(this);
    m_themes->setObjectName(u"themeCombo"_s);
    m_themes->addItem(tr("Follow the system (light or dark)"), QString());
    const auto themes = ReaderTheme::availableThemes();
    for (const auto &available : themes) {
        m_themes->addItem(available.translatedName(), available.name());
    }
    m_themes->setCurrentIndex(std::max(0, m_themes->findData(m_theme->themeName())));

    const auto note =
        new QLabel(tr("The reader colours actors and quotations with the colours of this highlighting theme."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    const auto form = new QFormLayout;
    form->addRow(tr("Reader &theme:"), m_themes);
    form->addRow(note);

    const auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    const auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_theme->setThemeName(m_themes->currentData().toString());
    if (m_settings) {
        m_theme->save(*m_settings);
        m_settings->sync();
    } else {
        QSettings settings;
        m_theme->save(settings);
    }
    QDialog::accept();
}

} // namespace Dateline
