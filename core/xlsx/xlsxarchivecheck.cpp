// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsx/xlsxarchivecheck_p.h"

#include "zip/zippackage.h"

#include <QDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace yttra {

Result<void, QString> XlsxArchiveCheck::check(const QString &path)
{
    auto failure = [](const QString &message) { return Result<void, QString>::failure(message); };
    const QString damaged = tr("the workbook came out damaged: %1");

    // Reading the package unpacks every part and checks its size and checksum (libzip).
    auto package = ZipPackage::readFile(path);
    if (!package)
        return failure(damaged.arg(package.error().message));
    for (const ZipPackage::Part &part : package.value().parts()) {
        if (!part.name.endsWith(u".xml"_s) && !part.name.endsWith(u".rels"_s))
            continue;
        QXmlStreamReader xml(part.data);
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError()) {
            QString reason = xml.errorString();
            if (reason.endsWith(u'.'))
                reason.chop(1);
            return failure(damaged.arg(tr("%1 is incomplete (%2); is the disk with the temporary folder %3 full?")
                                           .arg(part.name, reason, QDir::toNativeSeparators(QDir::tempPath()))));
        }
    }
    return {};
}

} // namespace yttra
