// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "example.h"
#include "fileerror.h"
#include "followup.h"
#include "savefile.h"
#include "statementfile.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

int exitCodeOf(const FileError &error)
{
    return error.kind == FileError::Kind::Invalid ? CommandLine::InvalidInput : CommandLine::FileProblem;
}

// The same file under two names (a link, "./a" and "a") is still the same file.
bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

bool isIsoDate(const QString &s)
{
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

/// Parses a subcommand's own arguments; the first positional argument list excludes the
/// program and the subcommand names.
struct SubcommandParser
{
    QCommandLineParser parser;
    QString error;

    bool parse(const QStringList &arguments)
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        if (!parser.parse(arguments)) {
            error = parser.errorText();
            return false;
        }
        return true;
    }
};

} // namespace

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1); // the subcommand stands where QCommandLineParser expects the program
    if (command == u"--help" || command == u"-h" || command == u"help") {
        m_out << usage();
        return Success;
    }
    if (command == u"--version" || command == u"-v") {
        m_out << "yttra-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const bool knownCommand = command == u"validate" || command == u"followup" || command == u"example";
    if (knownCommand && (rest.contains(u"--help"_s) || rest.contains(u"-h"_s))) {
        m_out << usage();
        return Success;
    }
    if (command == u"validate")
        return validate(rest);
    if (command == u"followup")
        return followUp(rest);
    if (command == u"example")
        return example(rest);
    if (command.isEmpty())
        return usageError(tr("no command given"));
    return usageError(tr("unknown command \"%1\"").arg(command));
}

QString CommandLine::usage() const
{
    return tr("Usage: yttra-cli COMMAND [OPTIONS]\n"
              "\n"
              "Work with Yttra statements (.yttrande files) without a window.\n"
              "\n"
              "Commands:\n"
              "  validate FILE [--strict]\n"
              "      List problems, one per line: \"error|warning <pointer>: <message>\".\n"
              "      --strict makes gaps in the auditors' template errors.\n"
              "  followup FIRST.yttrande [--from DATE] [--to DATE] -o OUT.yttrande\n"
              "      Start the follow-up statement from a first statement; the period\n"
              "      reported on runs from DATE (default: the first statement's date) to DATE.\n"
              "  example -o OUT.yttrande\n"
              "      Write the built-in example statement (\"-\" writes to standard output).\n"
              "\n"
              "Options:\n"
              "  -h, --help      Show this help.\n"
              "  -v, --version   Show the version.\n"
              "\n"
              "Exit codes: 0 success; 1 the input is invalid; 2 wrong usage;\n"
              "3 a file cannot be read or written. No command changes its input file.\n");
}

int CommandLine::usageError(const QString &message)
{
    m_err << "yttra-cli: " << message << Qt::endl << tr("Try \"yttra-cli --help\".") << Qt::endl;
    return WrongUsage;
}

int CommandLine::validate(const QStringList &arguments)
{
    SubcommandParser p;
    const QCommandLineOption strict(u"strict"_s);
    p.parser.addOption(strict);
    if (!p.parse(arguments))
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("validate takes one file"));

    auto read = StatementFile::load(files.first());
    if (!read) {
        m_err << read.error().text() << Qt::endl;
        return exitCodeOf(read.error());
    }
    if (read.value().readOnly)
        m_err << files.first() << ": " << read.value().notice << Qt::endl;

    const QList<Finding> findings = Validator::check(read.value().statement, {.strict = p.parser.isSet(strict)});
    for (const Finding &finding : findings)
        m_out << finding.text() << Qt::endl;
    return Validator::hasErrors(findings) ? InvalidInput : Success;
}

int CommandLine::followUp(const QStringList &arguments)
{
    SubcommandParser p;
    const QCommandLineOption output(u"o"_s, tr("Output file."), u"OUT"_s);
    const QCommandLineOption from(u"from"_s, tr("Start of the period."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, tr("End of the period."), u"DATE"_s);
    p.parser.addOptions({output, from, to});
    if (!p.parse(arguments))
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("followup takes one first statement"));
    if (!p.parser.isSet(output))
        return usageError(tr("followup needs -o OUT.yttrande"));
    const QString out = p.parser.value(output);
    if (out.isEmpty())
        return usageError(tr("-o needs a file name"));
    if (sameFile(files.first(), out))
        return usageError(tr("the output would overwrite the input file %1").arg(files.first()));
    // A malformed or reversed period is a mistake in the command, not in the input file,
    // so it is wrong usage (2), found before anything is read.
    const QString fromDate = p.parser.value(from);
    const QString toDate = p.parser.value(to);
    for (const QString &date : {fromDate, toDate}) {
        if (!date.isEmpty() && !isIsoDate(date))
            return usageError(tr("\"%1\" is not a date: use YYYY-MM-DD").arg(date));
    }
    if (!fromDate.isEmpty() && !toDate.isEmpty() && toDate < fromDate)
        return usageError(tr("the period ends (%1) before it starts (%2)").arg(toDate, fromDate));

    auto read = StatementFile::load(files.first());
    if (!read) {
        m_err << read.error().text() << Qt::endl;
        return exitCodeOf(read.error());
    }
    if (read.value().readOnly) {
        m_err << files.first() << ": " << read.value().notice << Qt::endl;
        return InvalidInput;
    }
    const Statement &first = read.value().statement;
    // Without --from the period starts at the first statement's date; a --to before that
    // date is still the command's mistake. (A follow-up input is reported as invalid below.)
    const QString periodFrom = fromDate.isEmpty() ? first.date : fromDate;
    if (first.kind == StatementKind::First && !periodFrom.isEmpty() && !toDate.isEmpty() && toDate < periodFrom)
        return usageError(tr("the period ends (%1) before the first statement's date (%2); give --from or a later --to").arg(toDate, periodFrom));
    auto derived = FollowUp::derive(first, fromDate, toDate);
    if (!derived) {
        m_err << files.first() << ": " << derived.error() << Qt::endl;
        return InvalidInput;
    }
    if (auto saved = StatementFile::save(derived.value(), out); !saved) {
        m_err << saved.error().text() << Qt::endl;
        return FileProblem;
    }
    m_out << tr("Wrote the follow-up statement %1 (%2 items, %3 measures).")
                 .arg(out)
                 .arg(derived.value().items.size())
                 .arg(derived.value().measures.size())
          << Qt::endl;
    return Success;
}

int CommandLine::example(const QStringList &arguments)
{
    SubcommandParser p;
    const QCommandLineOption output(u"o"_s, tr("Output file."), u"OUT"_s);
    p.parser.addOption(output);
    if (!p.parse(arguments))
        return usageError(p.error);
    if (!p.parser.positionalArguments().isEmpty())
        return usageError(tr("example takes no file, only -o OUT.yttrande"));
    if (!p.parser.isSet(output))
        return usageError(tr("example needs -o OUT.yttrande"));
    const QString out = p.parser.value(output);
    if (out.isEmpty())
        return usageError(tr("-o needs a file name (or \"-\" for standard output)"));
    if (out == u"-") {
        m_out.flush();
        m_out << QString::fromUtf8(Example::bytes());
        return Success;
    }
    if (auto saved = SaveFile::write(out, Example::bytes()); !saved) {
        m_err << saved.error().text() << Qt::endl;
        return FileProblem;
    }
    return Success;
}

} // namespace yttra
