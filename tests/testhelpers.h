// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "format/jsonformat.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

// Shared by the tests: turn a core error into a test failure that shows its message.

namespace yttra::test {

inline QString describe(const QString &error) { return error; }
inline QString describe(const FileError &error) { return error.text(); }
inline QString describe(const FormatError &error) { return error.location + QStringLiteral(": ") + error.message; }

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// Writes the whole file; false when it cannot be.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() && file.flush();
}

inline QString dataPath(const QString &name)
{
    return QStringLiteral(YTTRA_TEST_DATA "/") + name;
}

/// The rows of a UTF-8 table file in the test data: one row a line, columns separated by tabs,
/// blank lines and lines starting with '#' left out. Empty if the file cannot be read.
inline QList<QStringList> readTable(const QString &path)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(readFile(path)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

} // namespace yttra::test

/// Fails the test with the error's own message when a Result is an error.
#define YTTRA_VERIFY_OK(result)                                                                              \
    do {                                                                                                     \
        const auto &yttraResult_ = (result);                                                                 \
        if (!yttraResult_.ok())                                                                              \
            QFAIL(qPrintable(QStringLiteral(#result " failed: ") + yttra::test::describe(yttraResult_.error()))); \
    } while (false)
