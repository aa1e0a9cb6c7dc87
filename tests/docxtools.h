// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolrun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Shared by the Word tests: the readers we did not write, run on a document. python-docx and
// lxml (tests/word/docxcheck.py) read a .docx back; tests/word/wordreview.py writes a review
// into one the way Word does.

namespace yttra::test {

const QString docxCheckScript = QStringLiteral(YTTRA_TEST_DATA "/../word/docxcheck.py");
const QString wordReviewScript = QStringLiteral(YTTRA_TEST_DATA "/../word/wordreview.py");

/// What python-docx reads in a Word document (see docxcheck.py for the members), or an
/// empty object with `error` set.
inline QJsonObject readDocx(const QString &path, QString *error)
{
    const ToolRun run = runTool(QStringLiteral(YTTRA_PYTHON), {docxCheckScript, path});
    if (run.exitCode != 0) {
        *error = QStringLiteral("python-docx could not read %1 (run scripts/install-deps for python3-docx): %2")
                     .arg(path, run.stdErr.trimmed());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.stdOut.toUtf8(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("docxcheck.py printed no JSON: ") + parseError.errorString();
        return {};
    }
    return document.object();
}

} // namespace yttra::test
