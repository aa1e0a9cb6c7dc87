// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Shared by the tests that run a program of their own or one we did not write (pdftotext,
// qpdf, the Python readers, yttra-cli): run it to its end and keep what it said.

namespace yttra::test {

struct ToolRun
{
    int exitCode = -1; // -1 when the program did not start or did not finish
    QString out;       // standard output, then standard error; or why the program did not run
    QString stdOut;
    QString stdErr; // or why the program did not run
};

inline ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun result;
    if (!process.waitForStarted(10000)) {
        result.out = result.stdErr = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        result.out = result.stdErr = QStringLiteral("%1 did not finish").arg(program);
        return result;
    }
    result.exitCode = process.exitCode();
    result.stdOut = QString::fromUtf8(process.readAllStandardOutput());
    result.stdErr = QString::fromUtf8(process.readAllStandardError());
    result.out = result.stdOut + result.stdErr;
    return result;
}

} // namespace yttra::test
