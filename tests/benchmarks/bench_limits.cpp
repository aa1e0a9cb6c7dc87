// SPDX-License-Identifier: GPL-3.0-or-later
// The limits of docs/reliability.md, measured as a user meets them: each case is one run of
// yttra-cli, its wall time and peak memory printed with what it answered (done or refused).
// Builds its inputs in a temporary folder; nothing large is kept.

#include "benchmeasure.h"
#include "docx/docxexporter.h"
#include "format/example.h"
#include "format/jsonformat.h"
#include "generatedstatement.h"
#include "import/reportreader.h"
#include "model/statementlimits.h"
#include "syntheticreport.h"
#include "zip/zippackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

/// Written without the validator, which would refuse what is over the limits.
bool writeStatement(const QString &path, const Statement &statement)
{
    return writeBytes(path, JsonFormat::write(statement));
}

/// The maker's output: one case a line, its label and yttra-cli's arguments separated by tabs.
/// The cases are measured by a parent that made nothing: a child's peak memory starts from
/// its parent's (exec keeps the old image's high-water mark), and making 100,000 items takes
/// hundreds of megabytes.
void measure(const char *label, const QStringList &arguments)
{
    std::printf("%s\t%s\n", label, qPrintable(arguments.join(u'\t')));
    std::fflush(stdout);
}

/// Notes on the inputs, passed through to the figures.
#define YTTRA_NOTE(...) std::printf("# " __VA_ARGS__)

} // namespace

/// Writes every input into `folder` and prints the cases (see measure()).
int makeInputs(const QString &folder)
{
    const QDir dir(folder);
    const auto at = [&dir](const QString &name) { return dir.filePath(name); };

    // 1. A .yttrande of 100 MB: refused by its size, unread.
    {
        const QString file = at(u"huge.yttrande"_s);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || !out.resize(100ll * 1024 * 1024))
            return 1;
        out.close();
        measure("validate: 100 MB file", {u"validate"_s, file});
    }

    // 2. Nesting 10,000 deep, in a member Yttra does not know.
    {
        QByteArray bytes = JsonFormat::write(Example::statement());
        const QByteArray deep = "\"deep\": " + QByteArray(10'000, '[') + QByteArray(10'000, ']') + ",\n  \"items\": [";
        bytes.replace("\"items\": [", deep);
        if (!writeBytes(at(u"deep.yttrande"_s), bytes))
            return 1;
        measure("validate: JSON nested 10,000 deep", {u"validate"_s, at(u"deep.yttrande"_s)});
    }

    // 3. 100,000 items: realistic ones pass 50 MB; short ones are refused by count.
    {
        if (!writeStatement(at(u"items-100000.yttrande"_s), bench::generatedStatement(100'000, 0)))
            return 1;
        measure("validate: 100,000 items of a few paragraphs (137 MB)", {u"validate"_s, at(u"items-100000.yttrande"_s)});
        Statement s = Example::statement();
        s.items.clear();
        s.measures.clear();
        for (int i = 0; i < 100'000; ++i) {
            Item item;
            item.id = u"r%1"_s.arg(i + 1);
            item.text = u"Punkt %1 i granskningen."_s.arg(i + 1);
            s.items.append(item);
        }
        if (!writeStatement(at(u"items-short.yttrande"_s), s))
            return 1;
        measure("validate: 100,000 items of a line each", {u"validate"_s, at(u"items-short.yttrande"_s)});
        measure("export --pdf: 100,000 items of a line each", {u"export"_s, at(u"items-short.yttrande"_s), u"--pdf"_s, at(u"o.pdf"_s)});
    }

    // 4. At the limits: 1,000 items of a few paragraphs and 1,000 measures, every output.
    {
        const QString file = at(u"limit.yttrande"_s);
        if (!bench::saveStatement(bench::generatedStatement(int(StatementLimits::maxItems), int(StatementLimits::maxMeasures)), file))
            return 1;
        YTTRA_NOTE("(1,000 items, 1,000 measures: %lld bytes)\n", static_cast<long long>(QFileInfo(file).size()));
        measure("validate: 1,000 items, 1,000 measures", {u"validate"_s, file});
        measure("export --pdf: 1,000 items, 1,000 measures", {u"export"_s, file, u"--pdf"_s, at(u"limit.pdf"_s)});
        measure("export --xlsx: 1,000 items, 1,000 measures", {u"export"_s, file, u"--xlsx"_s, at(u"limit.xlsx"_s)});
        measure("export --docx: 1,000 items, 1,000 measures", {u"export"_s, file, u"--docx"_s, at(u"limit.docx"_s)});
        measure("compare: 1,000 items, 1,000 measures, with itself", {u"compare"_s, file, file});
        measure("register: the folder of all these inputs", {u"register"_s, dir.path(), u"--json"_s});
    }

    // 5. A single field of 10 MB (refused), and one at the limit, one paragraph (the worst shape).
    {
        Statement s = Example::statement();
        s.summary = u"Kommunstyrelsen har gett kontoret i uppdrag att se över rutinerna. "_s.repeated(10 * 1024 * 1024 / 68);
        if (!writeStatement(at(u"field-10mb.yttrande"_s), s))
            return 1;
        measure("validate: a 10 MB field", {u"validate"_s, at(u"field-10mb.yttrande"_s)});
        s.summary = u"ord, "_s.repeated(StatementLimits::maxTextLength / 5);
        const QString file = at(u"field-limit.yttrande"_s);
        if (!writeStatement(file, s))
            return 1;
        measure("export --pdf: a 100,000-character paragraph", {u"export"_s, file, u"--pdf"_s, at(u"field.pdf"_s)});
        measure("export --docx: a 100,000-character paragraph", {u"export"_s, file, u"--docx"_s, at(u"field.docx"_s)});
        measure("export --xlsx: a 100,000-character paragraph", {u"export"_s, file, u"--xlsx"_s, at(u"field.xlsx"_s)});
    }

    // 6. Markdown nested 10,000 deep in a field: lists are laid out at level 10.
    {
        Statement s = Example::statement();
        s.summary = u"- "_s.repeated(10'000) + u"nivå"_s;
        if (!writeStatement(at(u"lists.yttrande"_s), s))
            return 1;
        measure("export --pdf: lists nested 10,000 deep", {u"export"_s, at(u"lists.yttrande"_s), u"--pdf"_s, at(u"lists.pdf"_s)});
        measure("export --docx: lists nested 10,000 deep", {u"export"_s, at(u"lists.yttrande"_s), u"--docx"_s, at(u"lists.docx"_s)});
        s.summary = u"> "_s.repeated(10'000) + u"citat"_s;
        if (!writeStatement(at(u"quotes.yttrande"_s), s))
            return 1;
        measure("export --pdf: quotes nested 10,000 deep", {u"export"_s, at(u"quotes.yttrande"_s), u"--pdf"_s, at(u"quotes.pdf"_s)});
    }

    // 7. Reports: 2,000 pages of text read; 2,001 refused; a long scan refused before OCR.
    {
        test::PdfStyle style;
        const QString report = at(u"report-2000.pdf"_s);
        if (!test::writePdfReport(test::longReportMarkup(ReportReader::maxPages, 12), report, style))
            return 1;
        YTTRA_NOTE("(2,000-page report: %lld bytes)\n", static_cast<long long>(QFileInfo(report).size()));
        measure("import: a 2,000-page PDF report", {u"import"_s, report, u"--board"_s, u"Kommunstyrelsen"_s, u"-o"_s, at(u"r.yttrande"_s)});
        const QString longer = at(u"report-2001.pdf"_s);
        if (!test::writePdfReport(test::longReportMarkup(ReportReader::maxPages + 1, 12), longer, style))
            return 1;
        measure("import: a 2,001-page PDF report", {u"import"_s, longer, u"--board"_s, u"Kommunstyrelsen"_s, u"-o"_s, at(u"r.yttrande"_s)});
        const QString scan = at(u"scan.pdf"_s);
        if (!test::writeScannedPdf(scan, ReportReader::maxRecognizedPages + 1))
            return 1;
        measure("import: a scanned PDF of 101 pages", {u"import"_s, scan, u"--board"_s, u"Kommunstyrelsen"_s, u"-o"_s, at(u"r.yttrande"_s)});
    }

    // 8. A Word review whose body nests 10,000 deep.
    {
        const Statement s = Example::statement();
        if (!writeStatement(at(u"reviewed.yttrande"_s), s))
            return 1;
        auto docx = DocxExporter::render(s);
        auto package = docx ? ZipPackage::read(docx.value().bytes) : Result<ZipPackage, ZipError>::failure({});
        if (!package)
            return 1;
        const QByteArray original = package.value().part(u"word/document.xml"_s);
        QByteArray document = original;
        const QByteArray nested = QByteArray("<w:sdt><w:sdtContent>").repeated(10'000)
                                  + QByteArray("</w:sdtContent></w:sdt>").repeated(10'000);
        document.insert(document.indexOf("<w:body>") + 8, nested);
        package.value().setPart(u"word/document.xml"_s, document);
        const auto bytes = package.value().toBytes();
        if (!bytes || !writeBytes(at(u"deep.docx"_s), bytes.value()))
            return 1;
        measure("review-import: a docx nested 10,000 deep", {u"review-import"_s, at(u"deep.docx"_s), at(u"reviewed.yttrande"_s)});

        // Parts of 15.5 MB (read) and 17 MB (refused) that deflate to kilobytes.
        const QByteArray paragraph = "<w:p><w:r><w:t>ord ord ord</w:t></w:r></w:p>";
        for (const auto &[name, megabytes] : {std::pair{u"part-15.5mb.docx"_s, 15.5}, std::pair{u"part-17mb.docx"_s, 17.0}}) {
            QByteArray large = original;
            large.insert(large.indexOf("<w:body>") + 8, paragraph.repeated(qsizetype(megabytes * 1024 * 1024) / paragraph.size()));
            ZipPackage copy = package.value();
            copy.setPart(u"word/document.xml"_s, large);
            const auto copyBytes = copy.toBytes();
            if (!copyBytes || !writeBytes(at(name), copyBytes.value()))
                return 1;
        }
        measure("review-import: a docx whose document part is 15.5 MB", {u"review-import"_s, at(u"part-15.5mb.docx"_s), at(u"reviewed.yttrande"_s)});
        measure("review-import: a docx whose document part is 17 MB", {u"review-import"_s, at(u"part-17mb.docx"_s), at(u"reviewed.yttrande"_s)});
        measure("review-import: the 1,000-item export, unchanged", {u"review-import"_s, at(u"limit.docx"_s), at(u"limit.yttrande"_s)});
    }
    return 0;
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--make") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen"); // the reports are drawn with QPdfWriter
        QGuiApplication app(argc, argv);
        return makeInputs(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QProcess maker;
    maker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    maker.start(QCoreApplication::applicationFilePath(), {u"--make"_s, dir.path()});
    if (!maker.waitForFinished(-1) || maker.exitStatus() != QProcess::NormalExit || maker.exitCode() != 0) {
        std::fprintf(stderr, "making the inputs failed\n");
        return 1;
    }
    std::printf("%-58s %-8s %10s %11s\n", "case (one run of yttra-cli)", "answer", "time", "peak memory");
    const QList<QByteArray> lines = maker.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("# ")) {
            std::printf("  %s\n", line.mid(2).constData());
            continue;
        }
        QStringList fields = QString::fromUtf8(line).split(u'\t');
        if (fields.size() < 2)
            continue;
        const QString label = fields.takeFirst();
        const bench::ProcessRun run = bench::measureProcess(QStringList{QStringLiteral(YTTRA_CLI)} + fields);
        std::printf("%-58s %-8s %8.2f s %8.0f MB\n", qPrintable(label), run.ok ? "done" : "refused", run.seconds,
                    run.peakMegabytes);
        std::fflush(stdout);
    }
    return 0;
}
