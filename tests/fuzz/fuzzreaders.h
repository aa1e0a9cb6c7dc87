// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace yttra::fuzz {

/// One reader of outside data, as a fuzz target drives it: any bytes go in, and it must end
/// with a result or an error, never a crash, a hang or a broken promise (a statement read
/// must write and read back the same). A broken promise aborts, which the fuzzer reports.
struct FuzzReader
{
    QString name; // the fuzz target's and its corpus folder's name
    void (*read)(QByteArrayView bytes);
};

/// Every reader of outside data, for the fuzz targets (tests/fuzz) and for the regression
/// test that feeds each the inputs fuzzing found (tests/data/fuzz/<name>).
const QList<FuzzReader> &fuzzReaders();

/// The reader of that name, or null.
const FuzzReader *fuzzReader(QStringView name);

} // namespace yttra::fuzz
