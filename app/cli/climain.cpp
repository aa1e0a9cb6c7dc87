// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline_p.h"
#include "language/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // yttra-cli never shows a window; should anything ask for a platform, it needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("yttra-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Yttra"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YTTRA_VERSION));
    yttra::Translations::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = yttra::CommandLine(out, err).run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
