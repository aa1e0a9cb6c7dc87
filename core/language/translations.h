// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace yttra {

/// Installs Yttra's and Qt's translations for the user's locale (Swedish when the system
/// locale is Swedish; English, the source language, otherwise).
class Translations
{
public:
    static void install(const QLocale &locale = QLocale());
};

} // namespace yttra
