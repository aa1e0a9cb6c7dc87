// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Yttra"));
    QApplication::setOrganizationName(QStringLiteral("Yttra"));
    QApplication::setApplicationVersion(QStringLiteral(YTTRA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("se.yttra.Yttra"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/yttra/icons/se.yttra.Yttra.svg")));
    yttra::Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Write a board's statement to its auditors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption example(QStringLiteral("example"), QApplication::translate("main", "Open the built-in example."));
    parser.addOption(example);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The statement to open."), QStringLiteral("[FILE]"));
    parser.process(app);

    yttra::MainWindow window;
    if (parser.isSet(example))
        window.openExample();
    else if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    window.show();
    return QApplication::exec();
}
