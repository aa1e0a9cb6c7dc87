// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "comparison.h"
#include "comparisonpdf.h"
#include "example.h"
#include "fileerror.h"
#include "followup.h"
#include "savefile.h"
#include "statementfile.h"
#include "validator.h"
#include "pdfexporter.h"
#include "reportimporter.h"
#include "xlsxexporter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>

#include <functional>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

int exitCodeOf(const FileError &error)
{
    return error.kind == FileError::Kind::Invalid ? CommandLine::InvalidInput : CommandLine::FileProblem;
}

/// A format `export` writes: `--option OUT` names the file, `write` makes it and returns its
/// warnings. A format may take a flag of its own (`--flag`, which makes `write` get `true`
/// and says `flagWritten`). Another format is one more entry in exportFormats().
struct ExportFormat
{
    QString option;
    QString valueName;
    const char *description; // for the help, in CommandLine's translation context
    const char *written;     // "Wrote ... %1."
    std::function<Result<QStringList, FileError>(const Statement &, const QString &, bool flag)> write;
    QString flag = {};
    const char *flagDescription = nullptr;
    const char *flagWritten = nullptr;
};

const QList<ExportFormat> &exportFormats()
{
    static const QList<ExportFormat> formats{
        {u"pdf"_s, u"OUT.pdf"_s,
         QT_TRANSLATE_NOOP("CommandLine", "the statement in the auditors' template, as a tagged PDF"),
         QT_TRANSLATE_NOOP("CommandLine", "Wrote the PDF %1."),
         [](const Statement &statement, const QString &out, bool withComments) -> Result<QStringList, FileError> {
             const PdfCopy copy = withComments ? PdfCopy::ReviewCopy : PdfCopy::Statement;
             if (auto written = PdfExporter::write(statement, out, copy); !written)
                 return Result<QStringList, FileError>::failure(written.error());
             return QStringList();
         },
         u"with-comments"_s,
         QT_TRANSLATE_NOOP("CommandLine", "with --pdf: the review copy, open comments as end notes"),
         QT_TRANSLATE_NOOP("CommandLine", "Wrote the review copy %1.")},
        {u"xlsx"_s, u"OUT.xlsx"_s,
         QT_TRANSLATE_NOOP("CommandLine", "the Excel action plan: recommendations, measures, details"),
         QT_TRANSLATE_NOOP("CommandLine", "Wrote the Excel action plan %1."),
         [](const Statement &statement, const QString &out, bool) { return XlsxExporter::write(statement, out); }},
    };
    return formats;
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
    const bool knownCommand = command == u"validate" || command == u"export" || command == u"followup" || command == u"example"
        || command == u"compare" || command == u"comments" || command == u"import";
    if (knownCommand && (rest.contains(u"--help"_s) || rest.contains(u"-h"_s))) {
        m_out << usage();
        return Success;
    }
    if (command == u"validate")
        return validate(rest);
    if (command == u"export")
        return exportStatement(rest);
    if (command == u"followup")
        return followUp(rest);
    if (command == u"example")
        return example(rest);
    if (command == u"compare")
        return compare(rest);
    if (command == u"import")
        return importReport(rest);
    if (command == u"comments")
        return comments(rest);
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
              "%1"
              "  followup FIRST.yttrande [--from DATE] [--to DATE] -o OUT.yttrande\n"
              "      Start the follow-up statement from a first statement; the period\n"
              "      reported on runs from DATE (default: the first statement's date) to DATE.\n"
              "  example -o OUT.yttrande\n"
              "      Write the built-in example statement (\"-\" writes to standard output).\n"
              "  import REPORT --board NAME [--kind first|followUp] [--all] -o OUT.yttrande\n"
              "      Start a statement from the auditors' report (PDF, .txt or .md): the audit's\n"
              "      details, the due date and the items addressed to the board (--all: to any\n"
              "      board). Prints what was found on standard error.\n"
              "  compare OLD.yttrande NEW.yttrande [--pdf OUT.pdf]\n"
              "      Show what changed between two versions, part by part and field by field,\n"
              "      changed words marked [-removed-] and {+added+}; exit 0 when the same, 1 when not.\n"
              "      --pdf OUT.pdf  also write the comparison as a PDF to review on paper\n"
              "  comments FILE\n"
              "      List the review comments with their replies, open ones first.\n"
              "\n"
              "Options:\n"
              "  -h, --help      Show this help.\n"
              "  -v, --version   Show the version.\n"
              "\n"
              "Exit codes: 0 success; 1 the input is invalid; 2 wrong usage;\n"
              "3 a file cannot be read or written. No command changes its input file.\n")
        .arg(exportUsage());
}

QString CommandLine::exportUsage() const
{
    // "export FILE --xlsx OUT.xlsx"; with several formats each is in brackets.
    const QList<ExportFormat> &formats = exportFormats();
    QStringList options;
    QString details;
    for (const ExportFormat &format : formats) {
        const QString option = u"--%1 %2"_s.arg(format.option, format.valueName);
        const QString flag = format.flag.isEmpty() ? QString() : u" [--%1]"_s.arg(format.flag);
        options.append(formats.size() > 1 ? u"[%1%2]"_s.arg(option, flag) : option + flag);
        details += u"      %1  %2\n"_s.arg(option, tr(format.description));
        if (!format.flag.isEmpty())
            details += u"      --%1  %2\n"_s.arg(format.flag, tr(format.flagDescription));
    }
    return u"  export FILE %1\n"_s.arg(options.join(u' '))
        + tr("      Write the statement in other formats; warnings (such as a text cut to fit\n"
             "      a cell) go to standard error.\n")
        + details;
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

int CommandLine::exportStatement(const QStringList &arguments)
{
    SubcommandParser p;
    const QList<ExportFormat> &formats = exportFormats();
    QList<QCommandLineOption> options;
    QList<QCommandLineOption> flags;
    for (const ExportFormat &format : formats) {
        options.append(QCommandLineOption(format.option, tr(format.description), format.valueName));
        if (!format.flag.isEmpty())
            flags.append(QCommandLineOption(format.flag));
    }
    p.parser.addOptions(options);
    p.parser.addOptions(flags);
    if (!p.parse(arguments))
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("export takes one statement file"));
    const QString input = files.first();

    // Everything that is wrong with the command is found before anything is read or written.
    struct Output
    {
        const ExportFormat *format;
        QString path;
        bool flag;
    };
    QList<Output> outputs;
    for (qsizetype i = 0; i < formats.size(); ++i) {
        const QStringList values = p.parser.values(options.at(i));
        const QString option = u"--"_s + formats.at(i).option;
        const bool flag = !formats.at(i).flag.isEmpty() && p.parser.isSet(formats.at(i).flag);
        if (flag && values.isEmpty())
            return usageError(tr("--%1 needs %2 %3").arg(formats.at(i).flag, option, formats.at(i).valueName));
        if (values.isEmpty())
            continue;
        if (values.size() > 1)
            return usageError(tr("%1 is given more than once").arg(option));
        const QString out = values.first();
        if (out.isEmpty())
            return usageError(tr("%1 needs a file name").arg(option));
        if (SaveFile::isSameFile(input, out))
            return usageError(tr("the output would overwrite the input file %1").arg(input));
        for (const Output &other : std::as_const(outputs)) {
            if (SaveFile::isSameFile(other.path, out))
                return usageError(tr("%1 is given for two outputs").arg(out));
        }
        outputs.append({&formats.at(i), out, flag});
    }
    if (outputs.isEmpty())
        return usageError(tr("export needs an output, for example --%1 %2").arg(formats.first().option, formats.first().valueName));

    auto read = StatementFile::load(input);
    if (!read) {
        m_err << read.error().text() << Qt::endl;
        return exitCodeOf(read.error());
    }
    // A file from a newer Yttra is exported with what this version knows of it.
    if (read.value().readOnly)
        m_err << input << ": " << read.value().notice << Qt::endl;

    // Each output is written completely or not at all; one that fails does not stop the others.
    int code = Success;
    for (const Output &output : std::as_const(outputs)) {
        auto written = output.format->write(read.value().statement, output.path, output.flag);
        if (!written) {
            m_err << written.error().text() << Qt::endl;
            code = exitCodeOf(written.error());
            continue;
        }
        for (const QString &warning : written.value())
            m_err << output.path << ": " << tr("warning: %1").arg(warning) << Qt::endl;
        m_out << tr(output.flag ? output.format->flagWritten : output.format->written).arg(output.path) << Qt::endl;
    }
    return code;
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
    if (SaveFile::isSameFile(files.first(), out))
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

std::optional<Statement> CommandLine::loadForReading(const QString &path, int &exitCode)
{
    auto read = StatementFile::load(path);
    if (!read) {
        m_err << read.error().text() << Qt::endl;
        exitCode = exitCodeOf(read.error());
        return std::nullopt;
    }
    if (read.value().readOnly)
        m_err << path << ": " << read.value().notice << Qt::endl;
    return std::move(read).value().statement;
}

int CommandLine::importReport(const QStringList &arguments)
{
    SubcommandParser p;
    const QCommandLineOption board(u"board"_s, tr("The responding board."), u"NAME"_s);
    const QCommandLineOption kind(u"kind"_s, tr("first or followUp."), u"KIND"_s, u"first"_s);
    const QCommandLineOption all(u"all"_s);
    const QCommandLineOption output(u"o"_s, tr("Output file."), u"OUT"_s);
    p.parser.addOptions({board, kind, all, output});
    if (!p.parse(arguments))
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("import takes one report"));
    if (!p.parser.isSet(board) || p.parser.value(board).trimmed().isEmpty())
        return usageError(tr("import needs --board NAME, the board that answers"));
    if (!p.parser.isSet(output) || p.parser.value(output).isEmpty())
        return usageError(tr("import needs -o OUT.yttrande"));
    const auto statementKind = enumFromName(statementKindNames, p.parser.value(kind));
    if (!statementKind)
        return usageError(tr("--kind is first or followUp, not \"%1\"").arg(p.parser.value(kind)));
    const QString out = p.parser.value(output);
    if (SaveFile::isSameFile(files.first(), out))
        return usageError(tr("the output would overwrite the report %1").arg(files.first()));

    auto imported = ReportImporter::import(files.first());
    if (!imported) {
        m_err << imported.error().text() << Qt::endl;
        return exitCodeOf(imported.error());
    }
    const ImportedReport &report = imported.value();
    const auto matched = report.matchBoard(p.parser.value(board));
    if (!matched && !p.parser.isSet(all)) {
        m_err << files.first() << ": "
              << tr("the report addresses no board called \"%1\"; it names: %2")
                     .arg(p.parser.value(board), report.boards().isEmpty() ? tr("none") : report.boards().join(u", "_s))
              << Qt::endl;
        return InvalidInput;
    }
    const QString boardName = matched.value_or(p.parser.value(board).trimmed());
    const Statement statement = ReportImporter::toStatement(report, boardName, *statementKind, p.parser.isSet(all));

    // What was found, for the person at the terminal; the file is the result.
    m_err << tr("%1: %2 %3").arg(files.first(), report.reference, report.title).trimmed() << Qt::endl;
    m_err << tr("Found %1 recommendations, %2 assessments (not selected), %3 questions.")
                 .arg(report.count(ItemKind::Recommendation))
                 .arg(report.count(ItemKind::Assessment))
                 .arg(report.count(ItemKind::Question))
          << Qt::endl;
    for (const DueDate &due : report.dueDates) {
        m_err << tr("Due: %1, %2 statement, %3")
                     .arg(due.board, due.round == StatementKind::First ? tr("first") : tr("follow-up"), due.date.toString(Qt::ISODate))
              << Qt::endl;
    }
    for (const QString &note : report.notes)
        m_err << tr("Note: %1").arg(note) << Qt::endl;

    if (auto saved = StatementFile::save(statement, out); !saved) {
        m_err << saved.error().text() << Qt::endl;
        return saved.error().kind == FileError::Kind::Invalid ? InvalidInput : FileProblem;
    }
    m_out << tr("Wrote %1 with %2 items for %3.").arg(out).arg(statement.items.size()).arg(boardName) << Qt::endl;
    return Success;
}

int CommandLine::compare(const QStringList &arguments)
{
    SubcommandParser p;
    const QCommandLineOption pdf(u"pdf"_s, QString(), u"OUT.pdf"_s); // described in usage()
    p.parser.addOption(pdf);
    if (!p.parse(arguments))
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 2)
        return usageError(tr("compare takes two files: the older and the newer version"));
    const QStringList pdfValues = p.parser.values(pdf);
    if (pdfValues.size() > 1)
        return usageError(tr("%1 is given more than once").arg(u"--pdf"_s));
    const QString pdfOut = pdfValues.value(0);
    if (p.parser.isSet(pdf) && pdfOut.isEmpty())
        return usageError(tr("%1 needs a file name").arg(u"--pdf"_s));
    for (const QString &input : files) {
        if (!pdfOut.isEmpty() && SaveFile::isSameFile(input, pdfOut))
            return usageError(tr("the output would overwrite the input file %1").arg(input));
    }
    int code = Success;
    const auto before = loadForReading(files.at(0), code);
    if (!before)
        return code == InvalidInput ? FileProblem : code;
    const auto after = loadForReading(files.at(1), code);
    if (!after)
        return code == InvalidInput ? FileProblem : code;
    const QList<Difference> differences = Comparison::compare(*before, *after);
    m_out << Comparison::toText(differences);
    m_out.flush();
    if (!pdfOut.isEmpty()) {
        const ComparisonTitles titles{QFileInfo(files.at(0)).fileName(), QFileInfo(files.at(1)).fileName(), after->language};
        if (auto written = ComparisonPdf::write(differences, titles, pdfOut); !written) {
            m_err << written.error().text() << Qt::endl;
            return FileProblem;
        }
    }
    // diff's convention: 0 the same, 1 different; a file that cannot be compared is not 1.
    return differences.isEmpty() ? Success : InvalidInput;
}

int CommandLine::comments(const QStringList &arguments)
{
    SubcommandParser p;
    if (!p.parse(arguments))
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("comments takes one file"));
    int code = Success;
    const auto statement = loadForReading(files.first(), code);
    if (!statement)
        return code;
    QList<Comment> list = statement->review ? statement->review->comments : QList<Comment>();
    std::stable_sort(list.begin(), list.end(), [](const Comment &a, const Comment &b) { return !a.resolved && b.resolved; });
    for (const Comment &c : std::as_const(list)) {
        m_out << (c.resolved ? tr("[resolved]") : tr("[open]")) << ' ' << c.id << ' ' << c.target << '\n';
        m_out << "  " << c.author << ", " << c.created << '\n';
        if (!c.quote.isEmpty())
            m_out << "  > " << c.quote << '\n';
        m_out << "  " << QString(c.text).replace(u"\n"_s, u"\n  "_s) << '\n';
        for (const Reply &r : c.replies)
            m_out << "    " << r.author << ", " << r.created << ": " << QString(r.text).replace(u"\n"_s, u"\n    "_s) << '\n';
    }
    m_out.flush();
    if (list.isEmpty())
        m_err << tr("%1: no comments").arg(files.first()) << Qt::endl;
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
