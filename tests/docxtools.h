// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolrun.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
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

/// The content controls python-docx found in one part of a document ("document", "header",
/// "firstHeader"), by tag: the first of each tag (a measure's title, for one, is in the
/// text and again in the table of measures, the same words in both).
inline QHash<QString, QJsonObject> controlsByTag(const QJsonObject &docx, const QString &part = QStringLiteral("document"))
{
    QHash<QString, QJsonObject> controls;
    for (const QJsonValue &value : docx.value(QStringLiteral("controls")).toArray()) {
        const QJsonObject control = value.toObject();
        if (control.value(QStringLiteral("part")).toString() == part && !controls.contains(control.value(QStringLiteral("tag")).toString()))
            controls.insert(control.value(QStringLiteral("tag")).toString(), control);
    }
    return controls;
}

/// The texts of those controls, by tag.
inline QHash<QString, QString> controlTexts(const QJsonObject &docx, const QString &part = QStringLiteral("document"))
{
    QHash<QString, QString> texts;
    const QHash<QString, QJsonObject> controls = controlsByTag(docx, part);
    for (auto it = controls.cbegin(); it != controls.cend(); ++it)
        texts.insert(it.key(), it.value().value(QStringLiteral("text")).toString());
    return texts;
}

/// The steps tests/word/wordreview.py takes in a document, as a reviewer in Word would: a
/// comment on words of a control (`tag`), a reply to comment `replyTo`, a tracked change,
/// or a change typed over without tracking.
namespace reviewStep {

inline QJsonObject comment(const QString &tag, const QString &on, const QString &author, const QString &text, int id)
{
    return {{QStringLiteral("comment"), tag}, {QStringLiteral("on"), on}, {QStringLiteral("author"), author},
            {QStringLiteral("text"), text},   {QStringLiteral("id"), id}};
}
inline QJsonObject reply(int replyTo, const QString &author, const QString &text, int id)
{
    return {{QStringLiteral("comment"), QString()}, {QStringLiteral("on"), QString()}, {QStringLiteral("author"), author},
            {QStringLiteral("text"), text},         {QStringLiteral("id"), id},       {QStringLiteral("replyTo"), replyTo}};
}
inline QJsonObject tracked(const QString &tag, const QString &old, const QString &now, const QString &author)
{
    return {{QStringLiteral("track"), tag}, {QStringLiteral("old"), old}, {QStringLiteral("new"), now}, {QStringLiteral("author"), author}};
}
inline QJsonObject typed(const QString &tag, const QString &old, const QString &now)
{
    return {{QStringLiteral("type"), tag}, {QStringLiteral("old"), old}, {QStringLiteral("new"), now}};
}

} // namespace reviewStep

/// `exported` reviewed with the steps by tests/word/wordreview.py, the way Word writes a
/// review, into `name`.docx in `folder` (the steps beside it in `name`-steps.json): the
/// reviewed document's path, or empty with `error` set.
inline QString reviewInWord(const QString &exported, const QJsonArray &steps, const QDir &folder, const QString &name, QString *error)
{
    const QString stepsPath = folder.filePath(name + QStringLiteral("-steps.json"));
    QFile stepsFile(stepsPath);
    if (!stepsFile.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(stepsPath, stepsFile.errorString());
        return {};
    }
    stepsFile.write(QJsonDocument(steps).toJson());
    stepsFile.close();
    const QString out = folder.filePath(name + QStringLiteral(".docx"));
    const ToolRun run = runTool(QStringLiteral(YTTRA_PYTHON), {wordReviewScript, exported, out, stepsPath});
    if (run.exitCode != 0) {
        *error = QStringLiteral("wordreview.py: ") + run.stdErr.trimmed();
        return {};
    }
    return out;
}

} // namespace yttra::test
