// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// Shared by the Word tests: the readers we did not write, run on a document. python-docx and
// lxml (tests/word/docxcheck.py) read a .docx back; tests/word/wordreview.py writes a review
// into one the way Word does.

namespace yttra::test {

const QString docxCheckScript = QStringLiteral(YTTRA_TEST_DATA "/../word/docxcheck.py");
const QString wordReviewScript = QStringLiteral(YTTRA_TEST_DATA "/../word/wordreview.py");

struct PythonRun
{
    int exitCode = -1;
    QByteArray out;
    QString error; // standard error, or why the script did not run
};

inline PythonRun runPython(const QStringList &arguments)
{
    QProcess python;
    python.start(QStringLiteral(YTTRA_PYTHON), arguments);
    PythonRun run;
    if (!python.waitForStarted(10000)) {
        run.error = QStringLiteral("cannot start " YTTRA_PYTHON ": ") + python.errorString();
        return run;
    }
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit) {
        python.kill();
        run.error = QStringLiteral("the script did not finish: ") + python.errorString();
        return run;
    }
    run.exitCode = python.exitCode();
    run.out = python.readAllStandardOutput();
    run.error = QString::fromUtf8(python.readAllStandardError()).trimmed();
    return run;
}

/// What python-docx reads in a Word document (see docxcheck.py for the members), or an
/// empty object with `error` set.
inline QJsonObject readDocx(const QString &path, QString *error)
{
    const PythonRun run = runPython({docxCheckScript, path});
    if (run.exitCode != 0) {
        *error = QStringLiteral("python-docx could not read %1 (run scripts/install-deps for python3-docx): %2").arg(path, run.error);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("docxcheck.py printed no JSON: ") + parseError.errorString();
        return {};
    }
    return document.object();
}

} // namespace yttra::test
