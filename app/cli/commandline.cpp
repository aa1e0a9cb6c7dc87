// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline_p.h"

#include "base/fileerror.h"
#include "base/savefile.h"
#include "document/statementdocument.h"
#include "docx/docxexporter.h"
#include "docx/wordreviewimport.h"
#include "format/example.h"
#include "format/statementfile.h"
#include "import/itemfinder.h"
#include "calendar/calendarwriter.h"
#include "import/reportimporter.h"
#include "language/documentlabels.h"
#include "model/followup.h"
#include "pdf/comparisonpdf.h"
#include "pdf/logoimage.h"
#include "pdf/pdfexporter.h"
#include "pdf/registerreport.h"
#include "register/registercalendar.h"
#include "register/registerdates.h"
#include "register/registerreader.h"
#include "review/comparison.h"
#include "review/reviewediting.h"
#include "review/worddiff.h"
#include "validation/validator.h"
#include "xlsx/registerworkbook.h"
#include "xlsx/xlsxexporter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

int exitCodeOf(const FileError &error)
{
    return error.kind == FileError::Kind::Invalid ? CommandLine::InvalidInput : CommandLine::FileProblem;
}

/// An option of one export format only: a flag (`--with-comments`) or a value (`--template T`).
struct ExportExtra
{
    QString name;
    QString valueName; // empty for a flag
    const char *description;
    const char *written = nullptr; // "Wrote the review copy %1.": said instead of the format's when given
};

/// A format `export` writes: `--option OUT` names the file, `write` makes it and returns its
/// warnings. A format may take options of its own (`extras`); `write` gets the ones given
/// by name (a flag as "1"). Another format is one more entry in exportFormats().
struct ExportFormat
{
    using Extras = QHash<QString, QString>;
    QString option;
    QString valueName;
    const char *description; // for the help, in CommandLine's translation context
    const char *written;     // "Wrote ... %1."
    std::function<Result<QStringList, FileError>(const Statement &, const QString &, const Extras &)> write;
    QList<ExportExtra> extras = {};
};

const QList<ExportFormat> &exportFormats()
{
    static const QList<ExportFormat> formats{
        {u"pdf"_s, u"OUT.pdf"_s,
         QT_TRANSLATE_NOOP("CommandLine", "the statement in the auditors' template, as a tagged PDF"),
         QT_TRANSLATE_NOOP("CommandLine", "Wrote the PDF %1."),
         [](const Statement &statement, const QString &out, const ExportFormat::Extras &extras) -> Result<QStringList, FileError> {
             const PdfCopy copy = extras.contains(u"with-comments"_s) ? PdfCopy::ReviewCopy : PdfCopy::Statement;
             return PdfExporter::write(statement, out, copy);
         },
         {{u"with-comments"_s, QString(), QT_TRANSLATE_NOOP("CommandLine", "with --pdf: the review copy, open comments as end notes"),
           QT_TRANSLATE_NOOP("CommandLine", "Wrote the review copy %1.")}}},
        {u"xlsx"_s, u"OUT.xlsx"_s,
         QT_TRANSLATE_NOOP("CommandLine", "the Excel action plan: recommendations, measures, details"),
         QT_TRANSLATE_NOOP("CommandLine", "Wrote the Excel action plan %1."),
         [](const Statement &statement, const QString &out, const ExportFormat::Extras &) { return XlsxExporter::write(statement, out); }},
        {u"docx"_s, u"OUT.docx"_s,
         QT_TRANSLATE_NOOP("CommandLine", "the statement as a Word document, every field findable for a review in Word"),
         QT_TRANSLATE_NOOP("CommandLine", "Wrote the Word document %1."),
         [](const Statement &statement, const QString &out, const ExportFormat::Extras &extras) {
             return DocxExporter::write(statement, out, {extras.value(u"template"_s), extras.value(u"author"_s)});
         },
         {{u"template"_s, u"T.docx|T.dotx"_s,
           QT_TRANSLATE_NOOP("CommandLine", "with --docx: fill the municipality's own Word template")},
          {u"author"_s, u"NAME"_s, QT_TRANSLATE_NOOP("CommandLine", "with --docx: the template's Handläggare (author)")}}},
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
        || command == u"compare" || command == u"comments" || command == u"import" || command == u"review-import"
        || command == u"register";
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
    if (command == u"review-import")
        return reviewImport(rest);
    if (command == u"register")
        return showRegister(rest);
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
              "  import REPORT --board NAME [--kind first|followUp] [--all] [--no-ocr] [--explain] -o OUT.yttrande\n"
              "      Start a statement from the auditors' report (PDF, .txt or .md): the audit's\n"
              "      details, the due date and the items addressed to the board (--all: to any\n"
              "      board). Prints what was found on standard error. Scanned pages are read\n"
              "      with text recognition (OCR), their items marked uncertain; --no-ocr refuses\n"
              "      a scanned report instead. --explain prints every item found with its page\n"
              "      and line, and whether the statement takes it (-o may then be left out).\n"
              "  register DIR [--board NAME] [--state STATE] [--today DATE] [--json] [--ics OUT.ics] [--xlsx OUT.xlsx] [--pdf OUT.pdf]\n"
              "      The register of every statement in DIR and its subfolders: each\n"
              "      recommendation with its board, measures, next deadline and state (open,\n"
              "      onTrack, dueSoon, overdue, done, notFollowedUp) on DATE (default: today),\n"
              "      as a table, or as JSON with --json. Files that cannot be used are listed on\n"
              "      standard error. --ics OUT.ics  also write the deadlines as a calendar file\n"
              "      --xlsx OUT.xlsx  also write the register as an Excel workbook\n"
              "      --pdf OUT.pdf  also write the register as a PDF for the board\n"
              "  compare OLD.yttrande NEW.yttrande [--pdf OUT.pdf]\n"
              "      Show what changed between two versions, part by part and field by field,\n"
              "      changed words marked [-removed-] and {+added+}; exit 0 when the same, 1 when not.\n"
              "      --pdf OUT.pdf  also write the comparison as a PDF to review on paper\n"
              "  comments FILE\n"
              "      List the review comments with their replies, open ones first.\n"
              "  review-import REVIEWED.docx FILE.yttrande [-o OUT.yttrande] [--accept-changes]\n"
              "      Read a review made in Word on a document exported with --docx: its comments\n"
              "      (with replies) on the fields they were made on, and the text changed in\n"
              "      each field as a proposed change, listed as [-removed-] and {+added+}.\n"
              "      -o OUT.yttrande  write the statement with the comments taken in\n"
              "      --accept-changes  with -o: take in the proposed changes as well\n"
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
        QString extras;
        QString extraDetails;
        for (const ExportExtra &extra : format.extras) {
            const QString name = extra.valueName.isEmpty() ? u"--"_s + extra.name : u"--%1 %2"_s.arg(extra.name, extra.valueName);
            extras += u" [%1]"_s.arg(name);
            extraDetails += u"      %1  %2\n"_s.arg(name, tr(extra.description));
        }
        options.append(formats.size() > 1 ? u"[%1%2]"_s.arg(option, extras) : option + extras);
        details += u"      %1  %2\n"_s.arg(option, tr(format.description)) + extraDetails;
    }
    return u"  export FILE %1 [--logo IMAGE [--logo-description TEXT]]\n"_s.arg(options.join(u' '))
        + tr("      Write the statement in other formats; warnings (such as a text cut to fit\n"
             "      a cell) go to standard error.\n")
        + details
        + tr("      --logo IMAGE  with --pdf or --docx: this logo (PNG or SVG) instead of the file's\n"
             "      --logo-description TEXT  with --logo: what the logo shows, read out in its place\n");
}

int CommandLine::usageError(const QString &message)
{
    m_err << "yttra-cli: " << message << Qt::endl << tr("Try \"yttra-cli --help\".") << Qt::endl;
    return WrongUsage;
}

void CommandLine::warnAbout(const QString &path, const QStringList &warnings)
{
    for (const QString &warning : warnings)
        m_err << path << ": " << tr("warning: %1").arg(warning) << Qt::endl;
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

    // What the reader passed over (a logo that cannot be read) is a warning like the others.
    QList<Finding> findings;
    for (const FormatError &passedOver : read.value().warnings)
        findings.append({Finding::Severity::Warning, passedOver.location, passedOver.message});
    findings += Validator::check(read.value().statement, {.strict = p.parser.isSet(strict)});
    for (const Finding &finding : findings)
        m_out << finding.text() << Qt::endl;
    return Validator::hasErrors(findings) ? InvalidInput : Success;
}

int CommandLine::exportStatement(const QStringList &arguments)
{
    SubcommandParser p;
    const QList<ExportFormat> &formats = exportFormats();
    QList<QCommandLineOption> options;
    QList<QCommandLineOption> extras;
    for (const ExportFormat &format : formats) {
        options.append(QCommandLineOption(format.option, tr(format.description), format.valueName));
        for (const ExportExtra &extra : format.extras)
            extras.append(QCommandLineOption(extra.name, tr(extra.description), extra.valueName)); // no value name: a flag
    }
    const QCommandLineOption logoOption(u"logo"_s, QString(), u"IMAGE"_s);
    const QCommandLineOption logoDescriptionOption(u"logo-description"_s, QString(), u"TEXT"_s);
    p.parser.addOptions(options);
    p.parser.addOptions(extras);
    p.parser.addOptions({logoOption, logoDescriptionOption});
    if (!p.parse(arguments))
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("export takes one statement file"));
    const QString input = files.first();
    for (const QCommandLineOption &option : {logoOption, logoDescriptionOption}) {
        if (p.parser.values(option).size() > 1)
            return usageError(tr("--%1 is given more than once").arg(option.names().first()));
    }
    if (p.parser.isSet(logoOption) && p.parser.value(logoOption).isEmpty())
        return usageError(tr("--%1 needs %2").arg(u"logo"_s, logoOption.valueName()));
    if (p.parser.isSet(logoDescriptionOption) && !p.parser.isSet(logoOption))
        return usageError(tr("--%1 needs %2 %3").arg(u"logo-description"_s, u"--logo"_s, logoOption.valueName()));

    // Everything that is wrong with the command is found before anything is read or written.
    struct Output
    {
        const ExportFormat *format;
        QString path;
        ExportFormat::Extras extras;
    };
    QList<Output> outputs;
    for (qsizetype i = 0; i < formats.size(); ++i) {
        const QStringList values = p.parser.values(options.at(i));
        const QString option = u"--"_s + formats.at(i).option;
        ExportFormat::Extras given;
        for (const ExportExtra &extra : formats.at(i).extras) {
            if (!p.parser.isSet(extra.name))
                continue;
            if (values.isEmpty())
                return usageError(tr("--%1 needs %2 %3").arg(extra.name, option, formats.at(i).valueName));
            const QStringList extraValues = p.parser.values(extra.name);
            if (extraValues.size() > 1)
                return usageError(tr("--%1 is given more than once").arg(extra.name));
            if (!extra.valueName.isEmpty() && extraValues.value(0).isEmpty())
                return usageError(tr("--%1 needs %2").arg(extra.name, extra.valueName));
            given.insert(extra.name, extra.valueName.isEmpty() ? u"1"_s : extraValues.value(0));
        }
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
        if (given.contains(u"template"_s) && SaveFile::isSameFile(given.value(u"template"_s), out))
            return usageError(tr("the output would overwrite the template %1").arg(given.value(u"template"_s)));
        outputs.append({&formats.at(i), out, given});
    }
    if (outputs.isEmpty())
        return usageError(tr("export needs an output, for example --%1 %2").arg(formats.first().option, formats.first().valueName));
    const bool showsLogo = std::any_of(outputs.cbegin(), outputs.cend(), [](const Output &output) {
        return output.format->option == u"pdf" || output.format->option == u"docx";
    });
    if (p.parser.isSet(logoOption) && !showsLogo)
        return usageError(tr("--logo needs --pdf OUT.pdf or --docx OUT.docx"));

    auto read = StatementFile::load(input);
    if (!read) {
        m_err << read.error().text() << Qt::endl;
        return exitCodeOf(read.error());
    }
    // A file from a newer Yttra is exported with what this version knows of it.
    if (read.value().readOnly)
        m_err << input << ": " << read.value().notice << Qt::endl;
    for (const FormatError &warning : read.value().warnings)
        m_err << input << ": " << tr("warning: %1").arg(warning.location + u": "_s + warning.message) << Qt::endl;

    Statement statement = read.value().statement;
    if (p.parser.isSet(logoOption)) {
        // This export's logo only; an image that cannot be used costs the outputs their
        // logo, not their existence.
        auto logo = LogoImage::load(p.parser.value(logoOption));
        if (logo) {
            const QString description = p.parser.isSet(logoDescriptionOption) ? p.parser.value(logoDescriptionOption)
                                                                               : statement.logo.description;
            statement.logo = logo.value();
            statement.logo.description = description;
        } else {
            m_err << tr("warning: %1 The outputs are made without a logo.").arg(logo.error()) << Qt::endl;
            statement.logo = {};
        }
    }

    // Each output is written completely or not at all; one that fails does not stop the others.
    int code = Success;
    for (const Output &output : std::as_const(outputs)) {
        auto written = output.format->write(statement, output.path, output.extras);
        if (!written) {
            m_err << written.error().text() << Qt::endl;
            code = exitCodeOf(written.error());
            continue;
        }
        for (const QString &warning : written.value())
            m_err << output.path << ": " << tr("warning: %1").arg(warning) << Qt::endl;
        const char *said = output.format->written;
        for (const ExportExtra &extra : output.format->extras) {
            if (extra.written && output.extras.contains(extra.name))
                said = extra.written;
        }
        m_out << tr(said).arg(output.path) << Qt::endl;
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
    const auto saved = StatementFile::save(derived.value(), out);
    if (!saved) {
        m_err << saved.error().text() << Qt::endl;
        return FileProblem;
    }
    warnAbout(out, saved.value());
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
    const QCommandLineOption noOcr(u"no-ocr"_s);
    const QCommandLineOption explain(u"explain"_s);
    const QCommandLineOption output(u"o"_s, tr("Output file."), u"OUT"_s);
    p.parser.addOptions({board, kind, all, noOcr, explain, output});
    if (!p.parse(arguments))
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("import takes one report"));
    if (!p.parser.isSet(board) || p.parser.value(board).trimmed().isEmpty())
        return usageError(tr("import needs --board NAME, the board that answers"));
    const bool writing = p.parser.isSet(output);
    if ((!writing && !p.parser.isSet(explain)) || (writing && p.parser.value(output).isEmpty()))
        return usageError(tr("import needs -o OUT.yttrande"));
    const auto statementKind = enumFromName(statementKindNames, p.parser.value(kind));
    if (!statementKind)
        return usageError(tr("--kind is first or followUp, not \"%1\"").arg(p.parser.value(kind)));
    const QString out = p.parser.value(output);
    if (writing && SaveFile::isSameFile(files.first(), out))
        return usageError(tr("the output would overwrite the report %1").arg(files.first()));

    ReadOptions readOptions;
    readOptions.ocr = !p.parser.isSet(noOcr);
    // A scanned page takes seconds: say which one is being read, so a long wait is explained.
    readOptions.recognizing = [this](int page, int pageCount) {
        m_err << tr("Reading page %1 of %2 with text recognition…").arg(page).arg(pageCount) << Qt::endl;
    };
    auto imported = ReportImporter::import(files.first(), readOptions);
    if (!imported) {
        m_err << imported.error().text() << Qt::endl;
        return exitCodeOf(imported.error());
    }
    const ImportedReport &report = imported.value();
    const auto chosen = ReportImporter::chooseBoard(report, p.parser.value(board));
    if (!chosen && !p.parser.isSet(all)) {
        m_err << files.first() << ": " << chosen.error() << Qt::endl;
        return InvalidInput;
    }
    // --all takes every item, so a board the report does not name is taken as given, noted.
    const BoardChoice choice = chosen ? chosen.value() : ReportImporter::chooseAnyBoard(report, p.parser.value(board));
    const QString boardName = choice.board;
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
                     .arg(due.board.isEmpty() ? tr("whichever board answers") : due.board, due.round == StatementKind::First ? tr("first") : tr("follow-up"), due.date.toString(Qt::ISODate))
              << Qt::endl;
    }
    for (const QString &note : report.notes + choice.notes)
        m_err << tr("Note: %1").arg(note) << Qt::endl;
    for (const ImportCandidate &c : report.candidates) {
        if (c.uncertain && c.selected && (p.parser.isSet(all) || c.concerns(boardName))) {
            m_err << tr("Uncertain (read by text recognition), %1: %2")
                         .arg(ItemFinder::describe(c.places.first()), c.text.simplified())
                  << Qt::endl;
        }
    }

    if (p.parser.isSet(explain))
        explainImport(report, statement, p.parser.isSet(all) ? QString() : boardName);
    if (!writing)
        return Success;

    const auto saved = StatementFile::save(statement, out);
    if (!saved) {
        m_err << saved.error().text() << Qt::endl;
        return saved.error().kind == FileError::Kind::Invalid ? InvalidInput : FileProblem;
    }
    warnAbout(out, saved.value());
    m_out << tr("Wrote %1 with %2 items for %3.").arg(out).arg(statement.items.size()).arg(boardName) << Qt::endl;
    return Success;
}

void CommandLine::explainImport(const ImportedReport &report, const Statement &statement, const QString &board)
{
    // For checking the import against the report: every item found, where it stands (page
    // and line, the section), whether the statement takes it and why not, and its words.
    const DocumentLabels labels(statement.language);
    const auto where = [](const ImportPlace &place) {
        QStringList parts;
        if (place.page > 0)
            parts.append(tr("page %1").arg(place.page));
        if (place.line > 0)
            parts.append(tr("line %1").arg(place.line));
        if (!place.section.isEmpty() && place.section != place.heading)
            parts.append(place.section + u' ' + place.heading);
        else if (!place.heading.isEmpty())
            parts.append(place.heading);
        return parts.join(u", "_s);
    };
    for (qsizetype i = 0; i < report.candidates.size(); ++i) {
        const ImportCandidate &c = report.candidates.at(i);
        QString verdict;
        if (!c.selected)
            verdict = tr("offered, not taken");
        else if (!board.isEmpty() && !c.concerns(board))
            verdict = tr("not taken: addressed to %1").arg(c.boards.join(u", "_s));
        else
            verdict = tr("taken");
        const QString kind = labels.itemKind(c.kind) + (c.number.isEmpty() ? QString() : u' ' + c.number);
        m_out << tr("%1. %2 (%3), %4: %5").arg(i + 1).arg(kind, c.boards.isEmpty() ? tr("no board named") : c.boards.join(u", "_s),
                                                        where(c.places.first()), verdict)
              << Qt::endl;
        for (qsizetype k = 1; k < c.places.size(); ++k)
            m_out << u"   "_s << tr("also at %1").arg(where(c.places.at(k))) << Qt::endl;
        if (c.remains)
            m_out << u"   "_s << tr("remains from an earlier audit") << Qt::endl;
        if (c.uncertain)
            m_out << u"   "_s << tr("read by text recognition: check it against the page") << Qt::endl;
        m_out << u"   "_s << c.text.simplified() << Qt::endl;
    }
    m_out << tr("%n item(s) taken into the statement.", nullptr, int(statement.items.size())) << Qt::endl;
}

namespace {

/// A day as JSON gives it: ISO, or empty when unknown.
QString isoDay(std::optional<QDate> day)
{
    return day && day->isValid() ? day->toString(Qt::ISODate) : QString();
}

QJsonObject registerEntryJson(const RegisterEntry &entry)
{
    QJsonArray measures;
    for (const RegisterEntry::PromisedMeasure &m : entry.measures) {
        measures.append(QJsonObject{{u"id"_s, m.id},
                                    {u"title"_s, m.title},
                                    {u"responsible"_s, m.owner},
                                    {u"deadline"_s, m.deadline.toString()},
                                    {u"lastDay"_s, isoDay(m.deadline.lastDay())},
                                    {u"status"_s, enumName(measureStatusNames, m.status)}});
    }
    return QJsonObject{{u"state"_s, enumName(registerStateNames, entry.state)},
                       {u"next"_s, isoDay(RegisterDates::next(entry))},
                       {u"board"_s, entry.board},
                       {u"auditTitle"_s, entry.auditTitle},
                       {u"auditReference"_s, entry.auditReference},
                       {u"item"_s, entry.itemId},
                       {u"kind"_s, enumName(itemKindNames, entry.itemKind)},
                       {u"number"_s, entry.itemNumber},
                       {u"text"_s, entry.itemText},
                       {u"measures"_s, measures},
                       {u"firstStatement"_s, entry.firstFile},
                       {u"followUpStatement"_s, entry.followUpFile},
                       {u"followUpDue"_s, isoDay(entry.followUpDue)},
                       {u"firstStatementDue"_s, isoDay(entry.firstStatementDue)},
                       {u"followUpStatementDue"_s, isoDay(entry.followUpStatementDue)}};
}

/// Plain text cut to `width` characters, an ellipsis marking the cut.
QString cell(const QString &text, qsizetype width)
{
    const QString simple = text.simplified();
    return simple.size() > width ? simple.left(width - 1) + u'…' : simple;
}

} // namespace

int CommandLine::showRegister(const QStringList &arguments)
{
    SubcommandParser p;
    const QCommandLineOption board(u"board"_s, QString(), u"NAME"_s);
    const QCommandLineOption state(u"state"_s, QString(), u"STATE"_s);
    const QCommandLineOption today(u"today"_s, QString(), u"DATE"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption ics(u"ics"_s, QString(), u"OUT.ics"_s);
    const QCommandLineOption xlsx(u"xlsx"_s, QString(), u"OUT.xlsx"_s);
    const QCommandLineOption pdf(u"pdf"_s, QString(), u"OUT.pdf"_s);
    p.parser.addOptions({board, state, today, json, ics, xlsx, pdf});
    if (!p.parse(arguments))
        return usageError(p.error);
    const QStringList folders = p.parser.positionalArguments();
    if (folders.size() != 1)
        return usageError(tr("register takes one folder"));
    RegisterReader::Options options;
    if (p.parser.isSet(today)) {
        options.today = QDate::fromString(p.parser.value(today), Qt::ISODate);
        if (!options.today.isValid())
            return usageError(tr("--today is a date as YYYY-MM-DD, not \"%1\"").arg(p.parser.value(today)));
    }
    std::optional<RegisterState> onlyState;
    if (p.parser.isSet(state)) {
        onlyState = enumFromName(registerStateNames, p.parser.value(state));
        if (!onlyState)
            return usageError(tr("--state is one of open, onTrack, dueSoon, overdue, done, notFollowedUp, not \"%1\"")
                                  .arg(p.parser.value(state)));
    }
    if (p.parser.isSet(ics) && p.parser.value(ics).isEmpty())
        return usageError(tr("--ics needs OUT.ics"));
    if (p.parser.isSet(xlsx) && p.parser.value(xlsx).isEmpty())
        return usageError(tr("--xlsx needs OUT.xlsx"));
    if (p.parser.isSet(pdf) && p.parser.value(pdf).isEmpty())
        return usageError(tr("--pdf needs OUT.pdf"));

    const auto read = RegisterReader::read(folders.first(), options);
    if (!read) {
        m_err << read.error().text() << Qt::endl;
        return exitCodeOf(read.error());
    }
    Register reg = read.value();
    // Files the register could not use are named; the rest of the register stands.
    for (const RegisterProblem &problem : std::as_const(reg.problems))
        m_err << problem.text() << Qt::endl;
    reg.entries.removeIf([&](const RegisterEntry &e) {
        return (p.parser.isSet(board) && e.board.compare(p.parser.value(board).trimmed(), Qt::CaseInsensitive) != 0)
            || (onlyState && e.state != *onlyState);
    });

    if (p.parser.isSet(ics)) {
        const QByteArray calendar = CalendarWriter::write(RegisterCalendar::entries(reg), tr("Yttra: deadlines"),
                                                          QDateTime::currentDateTimeUtc());
        const auto saved = SaveFile::write(p.parser.value(ics), calendar);
        if (!saved) {
            m_err << saved.error().text() << Qt::endl;
            return FileProblem;
        }
    }
    // The workbook and the report show what the table shows: the filters apply to them too.
    if (p.parser.isSet(xlsx)) {
        const auto saved = RegisterWorkbook::write(reg, p.parser.value(xlsx));
        if (!saved) {
            m_err << saved.error().text() << Qt::endl;
            return FileProblem;
        }
        warnAbout(p.parser.value(xlsx), saved.value());
    }
    if (p.parser.isSet(pdf)) {
        const auto saved = RegisterReport::write(reg, p.parser.value(pdf));
        if (!saved) {
            m_err << saved.error().text() << Qt::endl;
            return FileProblem;
        }
        warnAbout(p.parser.value(pdf), saved.value());
    }
    if (p.parser.isSet(json)) {
        QJsonArray entries;
        for (const RegisterEntry &e : std::as_const(reg.entries))
            entries.append(registerEntryJson(e));
        QJsonArray problems;
        for (const RegisterProblem &problem : std::as_const(reg.problems))
            problems.append(problem.text());
        const QJsonObject root{{u"folder"_s, reg.folder},
                               {u"judgedOn"_s, reg.judgedOn.toString(Qt::ISODate)},
                               {u"statements"_s, reg.statementCount},
                               {u"entries"_s, entries},
                               {u"problems"_s, problems}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }

    // A table for the terminal: state, the day that decides it, board, audit, item, words.
    const DocumentLabels labels(u"sv");
    QList<QStringList> rows;
    rows.append({tr("State"), tr("Next date"), tr("Board"), tr("Audit"), tr("Item"), tr("Text")});
    for (const RegisterEntry &e : std::as_const(reg.entries)) {
        const QDate next = RegisterDates::next(e);
        rows.append({RegisterStateRules::displayName(e.state), next.isValid() ? next.toString(Qt::ISODate) : u"-"_s,
                     cell(e.board, 30), cell(e.auditReference.isEmpty() ? e.auditTitle : e.auditReference, 20),
                     labels.itemKind(e.itemKind) + (e.itemNumber.isEmpty() ? QString() : u' ' + e.itemNumber),
                     cell(e.itemText, 60)});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c) + 2) : row.at(c);
        m_out << line << Qt::endl;
    }
    std::map<RegisterState, int> perState; // in the states' order
    for (const RegisterEntry &e : std::as_const(reg.entries))
        ++perState[e.state];
    QStringList counts;
    for (const auto &[value, n] : perState)
        counts.append(u"%1 %2"_s.arg(n).arg(RegisterStateRules::displayName(value)));
    m_out << tr("%n item(s)", nullptr, int(reg.entries.size())) << u' ' << tr("in %n statement(s)", nullptr, reg.statementCount)
          << (counts.isEmpty() ? QString() : u": "_s + counts.join(u", "_s)) << Qt::endl;
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
        const auto written = ComparisonPdf::write(differences, titles, pdfOut);
        if (!written) {
            m_err << written.error().text() << Qt::endl;
            return FileProblem;
        }
        warnAbout(pdfOut, written.value());
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

int CommandLine::reviewImport(const QStringList &arguments)
{
    SubcommandParser p;
    const QCommandLineOption output(u"o"_s, tr("Output file."), u"OUT"_s);
    const QCommandLineOption acceptChanges(u"accept-changes"_s);
    p.parser.addOptions({output, acceptChanges});
    if (!p.parse(arguments))
        return usageError(p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 2)
        return usageError(tr("review-import takes the reviewed Word document and the statement file"));
    const QString reviewed = files.at(0);
    const QString input = files.at(1);
    const QString out = p.parser.value(output);
    if (p.parser.isSet(output) && out.isEmpty())
        return usageError(tr("-o needs a file name"));
    if (p.parser.isSet(acceptChanges) && !p.parser.isSet(output))
        return usageError(tr("--accept-changes needs -o OUT.yttrande"));
    if (!out.isEmpty() && (SaveFile::isSameFile(input, out) || SaveFile::isSameFile(reviewed, out)))
        return usageError(tr("the output would overwrite the input file %1").arg(out));

    auto read = StatementFile::load(input);
    if (!read) {
        m_err << read.error().text() << Qt::endl;
        return exitCodeOf(read.error());
    }
    if (read.value().readOnly && !out.isEmpty()) {
        m_err << input << ": " << read.value().notice << Qt::endl;
        return InvalidInput;
    }
    const Statement &statement = read.value().statement;
    auto imported = WordReviewImport::read(reviewed, statement);
    if (!imported) {
        m_err << imported.error().text() << Qt::endl;
        return exitCodeOf(imported.error());
    }
    const WordReview &review = imported.value();

    StatementDocument document(statement);
    auto merged = ReviewEditing::importComments(document, review.copyWithComments(statement));
    if (!merged) {
        m_err << input << ": " << merged.error() << Qt::endl;
        return InvalidInput;
    }
    const CommentMergeResult &result = merged.value();
    // Replies count wherever they came: on new comments as well as on ones already there.
    const int replies = result.repliesAdded + result.repliesOnAdded;
    m_out << tr("%n new comment(s) from Word", nullptr, result.added) << ", " << tr("%n reply(ies) added", nullptr, replies)
          << ", " << tr("%n already in the statement", nullptr, int(review.comments.size()) - result.added) << '\n';
    for (const CommentConflict &conflict : result.conflicts)
        m_err << reviewed << ": " << tr("warning: the comment %1 on %2: %3").arg(conflict.commentId, conflict.target, conflict.reason) << '\n';

    m_out << tr("%n proposed change(s):", nullptr, int(review.changes.size())) << '\n';
    for (qsizetype i = 0; i < review.changes.size(); ++i) {
        const ProposedChange &change = review.changes.at(i);
        m_out << u"%1. "_s.arg(i + 1) << change.field;
        if (!change.by.isEmpty())
            m_out << " (" << change.by.join(u", "_s) << ")";
        m_out << '\n';
        if (change.changedSince)
            m_out << "   " << tr("the statement's text has changed too since the Word document was exported") << '\n';
        m_out << "   " << WordDiff::toText(WordDiff::compare(change.before, change.after)).replace(u"\n"_s, u"\n   "_s) << '\n';
    }
    for (const QString &note : review.notes)
        m_err << reviewed << ": " << note << '\n';
    for (const QString &missing : review.missingFields)
        m_err << reviewed << ": " << tr("warning: the field %1 was deleted in Word").arg(missing) << '\n';
    for (const QString &unplaced : review.notPlaced)
        m_err << reviewed << ": " << tr("not placed: %1").arg(unplaced) << '\n';
    m_out.flush();
    m_err.flush();
    if (out.isEmpty())
        return Success;

    if (p.parser.isSet(acceptChanges)) {
        for (const ProposedChange &change : review.changes) {
            if (auto accepted = WordReviewImport::accept(document, change); !accepted)
                m_err << reviewed << ": " << tr("not placed: %1: %2").arg(change.field, accepted.error()) << Qt::endl;
        }
    }
    const auto saved = StatementFile::save(document.statement(), out);
    if (!saved) {
        m_err << saved.error().text() << Qt::endl;
        return exitCodeOf(saved.error());
    }
    warnAbout(out, saved.value());
    m_out << tr("Wrote the statement with the review from Word to %1.").arg(out) << Qt::endl;
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
    const auto saved = SaveFile::write(out, Example::bytes());
    if (!saved) {
        m_err << saved.error().text() << Qt::endl;
        return FileProblem;
    }
    warnAbout(out, saved.value());
    return Success;
}

} // namespace yttra
