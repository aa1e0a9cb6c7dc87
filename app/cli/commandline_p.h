// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "model/statement.h"

#include <optional>

namespace yttra {

struct ImportedReport;

/// yttra-cli: everything a script or a test does with statements, without a window.
/// Exit codes are a contract: 0 success, 1 invalid input, 2 wrong usage, 3 a file cannot
/// be read or written.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, InvalidInput = 1, WrongUsage = 2, FileProblem = 3 };

    CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    /// arguments[0] is the program name.
    int run(const QStringList &arguments);

private:
    int validate(const QStringList &arguments);
    int exportStatement(const QStringList &arguments);
    int followUp(const QStringList &arguments);
    int example(const QStringList &arguments);
    int compare(const QStringList &arguments);
    int importReport(const QStringList &arguments);
    int showRegister(const QStringList &arguments);
    void explainImport(const ImportedReport &report, const Statement &statement, const QString &board);
    int comments(const QStringList &arguments);
    int reviewImport(const QStringList &arguments);
    /// Loads a statement for reading, reporting a failure on stderr; the exit code on failure.
    std::optional<Statement> loadForReading(const QString &path, int &exitCode);
    int usageError(const QString &message);
    /// A written file's warnings on stderr, "path: warning: text" (a save written directly).
    void warnAbout(const QString &path, const QStringList &warnings);
    QString usage() const;
    QString exportUsage() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace yttra
