// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/translations.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

// For the start-up benchmark (YTTRA_EXIT_AFTER_FIRST_PAINT=1): the first paint of the window
// prints the time since main() began and the peak memory, and ends the program.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &clock) : m_clock(clock) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint has reached the screen.
            QTimer::singleShot(0, qApp, [this] {
                std::printf("first paint: %.1f ms after main()\n", static_cast<double>(m_clock.nsecsElapsed()) / 1e6);
                std::printf("peak memory: %s\n", qPrintable(peakMemory()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static QString peakMemory()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    return QString::fromLatin1(line.mid(6).simplified());
            }
        }
        return QStringLiteral("unknown");
    }

    const QElapsedTimer &m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
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

    const bool benchmark = qEnvironmentVariableIntValue("YTTRA_EXIT_AFTER_FIRST_PAINT") == 1;
    yttra::MainWindow window;
    // Loaded before the window is shown, so it is painted once, with the statement in it.
    if (parser.isSet(example))
        window.openExample();
    else if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    FirstPaint firstPaint(clock);
    if (benchmark)
        window.installEventFilter(&firstPaint);
    window.show();
    // What a crash left behind is offered once the window is there to show it in.
    if (!benchmark)
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return QApplication::exec();
}
