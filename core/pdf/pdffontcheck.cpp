// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdffontcheck_p.h"

#include "pdf/cairoptr_p.h"

#include <QMutex>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

struct Variant
{
    int weight;
    int slant;
    const char *name;
};

// The letters a Swedish statement cannot do without, and the typographic quotes and dash
// that people paste from Word.
const char32_t swedishLetters[] = {U'å', U'ä', U'ö', U'Å', U'Ä', U'Ö', U'é', U'–', U'”', U'’'};

QString matchedFamily(const QString &family, const Variant &variant, bool *coversSwedish)
{
    FcPatternPtr pattern(FcPatternCreate());
    const QByteArray name = family.toUtf8();
    FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8 *>(name.constData()));
    FcPatternAddInteger(pattern.get(), FC_WEIGHT, variant.weight);
    FcPatternAddInteger(pattern.get(), FC_SLANT, variant.slant);
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    FcPatternPtr match(FcFontMatch(nullptr, pattern.get(), &result));
    *coversSwedish = false;
    if (!match || result != FcResultMatch)
        return {};
    FcChar8 *matched = nullptr;
    if (FcPatternGetString(match.get(), FC_FAMILY, 0, &matched) != FcResultMatch || !matched)
        return {};
    FcCharSet *charset = nullptr;
    if (FcPatternGetCharSet(match.get(), FC_CHARSET, 0, &charset) == FcResultMatch && charset) {
        *coversSwedish = true;
        for (char32_t c : swedishLetters)
            *coversSwedish = *coversSwedish && FcCharSetHasChar(charset, c);
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(matched));
}

} // namespace

Result<void, QString> PdfFontCheck::check(const QString &family)
{
    // FcInit loads the configuration once per process; FcFontMatch with the default
    // configuration is thread-safe after that.
    static QMutex initLock;
    {
        QMutexLocker locker(&initLock);
        if (!FcInit())
            return Result<void, QString>::failure(tr("fontconfig could not be initialised, so no font can be found"));
    }
    const Variant variants[] = {
        {FC_WEIGHT_REGULAR, FC_SLANT_ROMAN, "regular"},
        {FC_WEIGHT_BOLD, FC_SLANT_ROMAN, "bold"},
        {FC_WEIGHT_REGULAR, FC_SLANT_ITALIC, "italic"},
    };
    for (const Variant &variant : variants) {
        bool coversSwedish = false;
        const QString matched = matchedFamily(family, variant, &coversSwedish);
        if (matched.compare(family, Qt::CaseInsensitive) != 0) {
            return Result<void, QString>::failure(
                tr("the font family “%1” (%2) is not installed%3; install it (Debian: fonts-liberation2 for "
                   "Liberation Serif, fonts-crosextra-carlito for Carlito)")
                    .arg(family, QString::fromLatin1(variant.name),
                         matched.isEmpty() ? QString() : tr(" (fontconfig would use “%1” instead)").arg(matched)));
        }
        if (!coversSwedish)
            return Result<void, QString>::failure(
                tr("the font “%1” (%2) lacks letters a Swedish statement needs (å, ä, ö)").arg(family, QString::fromLatin1(variant.name)));
    }
    return {};
}

} // namespace yttra
