// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/example.h"

#include "format/statementfile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace yttra {

QByteArray Example::bytes()
{
    QFile file(u":/yttra/example.yttrande"_s);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "Example", "the example is compiled into the library");
    Q_UNUSED(opened);
    return file.readAll();
}

Statement Example::statement()
{
    auto read = StatementFile::fromBytes(bytes(), u"example.yttrande"_s);
    // A test reads the example back through the same reader, so this holds in every build.
    Q_ASSERT_X(read.ok(), "Example", qPrintable(read.ok() ? QString() : read.error().text()));
    return read.ok() ? std::move(read).value().statement : Statement{};
}

} // namespace yttra
