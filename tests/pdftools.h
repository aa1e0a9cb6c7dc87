// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// Shared by the PDF tests: the readers we did not write (poppler's pdftotext, pdfinfo and
// pdffonts, and qpdf), run on a file, and their text made comparable.

namespace yttra::test {

/// Which of the tools is not installed, as a message; empty when all are.
inline QString missingPdfTools()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdftoppm", "qpdf"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return QStringLiteral("%1 is missing: run scripts/install-deps (poppler-utils, qpdf)").arg(QString::fromLatin1(tool));
    }
    return {};
}

// Whitespace as one space, and none after a hyphen: a line may break after "IT-" in
// "IT-säkerhet", and pdftotext cannot know whether the hyphen was the word's own.
inline QString normalized(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression hyphen(QStringLiteral("-\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).replace(hyphen, QStringLiteral("-")).trimmed();
}

/// The text of a PDF as its lines are laid out (a label and its value on one line),
/// whitespace normalized; empty if pdftotext fails.
inline QString pdfText(const QString &pdf)
{
    const ToolRun text = runTool(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    return text.exitCode == 0 ? normalized(text.out) : QString();
}

/// qpdf --check finds nothing wrong: empty, or what it said.
inline QString qpdfProblems(const QString &pdf)
{
    const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    if (check.exitCode == 0 && check.out.contains(QStringLiteral("No syntax or stream encoding errors found"))
        && !check.out.contains(QStringLiteral("WARNING")))
        return {};
    return check.out;
}

/// With YTTRA_PDF_KEEP set to a folder, keeps a copy of a PDF a test wrote there, to look at.
inline void keepForLooking(const QString &pdf)
{
    const QString keep = qEnvironmentVariable("YTTRA_PDF_KEEP");
    if (keep.isEmpty())
        return;
    QDir().mkpath(keep);
    const QString copy = QDir(keep).filePath(QFileInfo(pdf).fileName());
    QFile::remove(copy);
    QFile::copy(pdf, copy);
}

} // namespace yttra::test
