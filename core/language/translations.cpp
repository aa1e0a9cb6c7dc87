// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace yttra {

void Translations::install(const QLocale &locale)
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *ours = new QTranslator(QCoreApplication::instance());
    // The source texts are English; the English file adds their plural forms ("1 comment",
    // "2 comments"), so every language without a file of its own reads English.
    if (ours->load(locale, u"yttra"_s, u"_"_s, u":/yttra/i18n"_s) || ours->load(u"yttra_en"_s, u":/yttra/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

} // namespace yttra
