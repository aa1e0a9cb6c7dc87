// SPDX-License-Identifier: GPL-3.0-or-later
// The libFuzzer target for the readers of outside data (fuzzreaders.h): the environment's
// YTTRA_FUZZ_READER names the one to fuzz (scripts/fuzz sets it).
#include "fuzzreaders.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// The readers warn through Qt on bad input (poppler's complaints among them); millions of
// runs' worth of warnings would only slow the fuzzer down.
void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

const yttra::fuzz::FuzzReader *reader = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    qInstallMessageHandler(quiet);
    const QString name = qEnvironmentVariable("YTTRA_FUZZ_READER");
    reader = yttra::fuzz::fuzzReader(name);
    if (!reader) {
        QStringList names;
        for (const auto &known : yttra::fuzz::fuzzReaders())
            names.append(known.name);
        std::fprintf(stderr, "YTTRA_FUZZ_READER must name a reader (%s), not \"%s\"\n",
                     qPrintable(names.join(QStringLiteral(", "))), qPrintable(name));
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    reader->read(QByteArrayView(data, static_cast<qsizetype>(size)));
    return 0;
}
