// SPDX-License-Identifier: GPL-3.0-or-later
// The Word export against the goals: at least 20x faster than LibreOffice, and under
// 0.3 s for 100 items. For the real Malmö follow-up statement and a generated follow-up with
// 100 items and 300 measures: DocxExporter::render in process, and the whole process
// `yttra-cli export FILE --docx OUT` (load, build, pack, write) with its peak memory, both in
// Yttra's own template and in a municipality's (sjovik-kontroller.dotx). Next to it
// LibreOffice writing the same content as a .docx: `soffice --headless --convert-to docx`
// of an HTML made from the same blocks the Word body is made of (headings, paragraphs,
// lists, the auditors' frames, the table of measures, signatures; the page header's
// details as a first paragraph), so both write the same text. Prints figures; asserts
// nothing, so a busy machine cannot make the test suite flaky.

#include "benchmeasure.h"
#include "docx/docxexporter.h"
#include "format/statementfile.h"
#include "generatedstatement.h"
#include "pdf/pdfblockbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <iterator>
#include <vector>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

const QString dataDirectory = QStringLiteral(YTTRA_TEST_DATA);

struct Case
{
    QString name;
    Statement statement;
    int runs;
};

QString spansHtml(const QList<PdfSpan> &spans)
{
    QString html;
    for (const PdfSpan &span : spans) {
        QString text = span.text.toHtmlEscaped().replace(u'\n', u"<br>"_s).replace(u'\t', u' ');
        if (span.bold)
            text = u"<b>"_s + text + u"</b>"_s;
        if (span.italic || span.placeholder)
            text = u"<i>"_s + text + u"</i>"_s;
        if (!span.link.isEmpty())
            text = u"<a href=\""_s + span.link.toHtmlEscaped() + u"\">"_s + text + u"</a>"_s;
        html += text;
    }
    return html;
}

/// The statement as HTML, from the blocks the Word body is made of, so LibreOffice gets the
/// same text in the same structure.
QString statementHtml(const Statement &statement)
{
    const QList<PdfBlock> blocks = PdfBlockBuilder(statement, PdfStyle{}).build();
    QString html = u"<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Yttrande</title></head><body>\n"_s;
    // Yttra's page header: board and date, office and case number.
    html += u"<p>"_s + QStringList{statement.board, statement.date, statement.office, statement.caseNumber}.join(u' ').toHtmlEscaped()
        + u"</p>\n"_s;

    struct OpenList
    {
        int id;
        QString element;
    };
    std::vector<OpenList> lists;
    int frameId = -1;
    int tableId = -1;
    auto closeLists = [&](qsizetype keep) {
        while (qsizetype(lists.size()) > keep) {
            html += u"</"_s + lists.back().element + u">\n"_s;
            lists.pop_back();
        }
    };
    for (const PdfBlock &block : blocks) {
        if (tableId >= 0 && block.tableId != tableId) {
            html += u"</table>\n"_s;
            tableId = -1;
        }
        // The lists the block is in, outermost first.
        QList<int> path;
        for (const PdfTag &container : block.containers) {
            if (container.name == "L")
                path.append(container.id);
        }
        qsizetype common = 0;
        while (common < qsizetype(lists.size()) && common < path.size() && lists.at(common).id == path.at(common))
            ++common;
        closeLists(common);
        if (block.frameId != frameId) {
            if (frameId >= 0)
                html += u"</div>\n"_s;
            frameId = block.frameId;
            if (frameId >= 0)
                html += u"<div style=\"border: 1px solid black; padding: 6px\">\n"_s;
        }
        for (qsizetype i = qsizetype(lists.size()); i < path.size(); ++i) {
            const QString element = block.label.endsWith(u'.') ? u"ol"_s : u"ul"_s;
            html += u"<"_s + element + u">\n"_s;
            lists.push_back({path.at(i), element});
        }
        switch (block.kind) {
        case PdfBlock::Kind::Heading1:
        case PdfBlock::Kind::Heading2:
        case PdfBlock::Kind::Heading3: {
            const QString h = u"h"_s + QString::number(block.kind == PdfBlock::Kind::Heading1 ? 1 : block.kind == PdfBlock::Kind::Heading2 ? 2 : 3);
            html += u"<"_s + h + u">"_s + spansHtml(block.spans) + u"</"_s + h + u">\n"_s;
            break;
        }
        case PdfBlock::Kind::Paragraph:
            html += u"<p>"_s + spansHtml(block.spans) + u"</p>\n"_s;
            break;
        case PdfBlock::Kind::ListItem:
            html += u"<li>"_s + spansHtml(block.spans) + u"</li>\n"_s;
            break;
        case PdfBlock::Kind::SignatureLine:
            html += u"<p>............................................</p>\n"_s;
            break;
        case PdfBlock::Kind::TableHeaderRow:
        case PdfBlock::Kind::TableRow: {
            if (tableId < 0) {
                html += u"<table border=\"1\" cellpadding=\"3\" width=\"100%\">\n"_s;
                tableId = block.tableId;
            }
            const QString cell = block.kind == PdfBlock::Kind::TableHeaderRow ? u"th"_s : u"td"_s;
            html += u"<tr>"_s;
            for (const QList<PdfSpan> &spans : block.cells)
                html += u"<"_s + cell + u">"_s + spansHtml(spans) + u"</"_s + cell + u">"_s;
            html += u"</tr>\n"_s;
            break;
        }
        }
    }
    if (tableId >= 0)
        html += u"</table>\n"_s;
    closeLists(0);
    if (frameId >= 0)
        html += u"</div>\n"_s;
    return html + u"</body></html>\n"_s;
}

/// The characters of text the statement's body has, in Word and in the HTML alike.
qsizetype textVolume(const Statement &statement)
{
    qsizetype characters = 0;
    for (const PdfBlock &block : PdfBlockBuilder(statement, PdfStyle{}).build())
        characters += block.plainText().size();
    return characters;
}

const char *verdict(bool met)
{
    return met ? "met" : "NOT met";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString cli = QStringLiteral(YTTRA_CLI);
    const QString malmoPath = dataDirectory + u"/seeds/malmo-ks-uppfoljande-2022.yttrande"_s;
    const QString templatePath = dataDirectory + u"/docx/sjovik-kontroller.dotx"_s;

    auto malmo = StatementFile::load(malmoPath);
    if (!malmo) {
        std::fprintf(stderr, "%s\n", qPrintable(malmo.error().text()));
        return 1;
    }
    Statement generated = bench::generatedStatement(100, 300);
    generated.kind = StatementKind::FollowUp; // with the table of measures, as the Malmö statement has
    const Case cases[] = {{u"malmo"_s, malmo.value().statement, 21}, {u"generated"_s, generated, 11}};

    std::printf("whole-process runs: yttra-cli export FILE --docx OUT --author NAME [--template %s]\n",
                qPrintable(QFileInfo(templatePath).fileName()));
    struct Figures
    {
        double plain = 0;     // whole process, Yttra's template
        double templated = 0; // whole process, the municipality's template
    };
    std::vector<Figures> figures;
    bool allOk = true;
    for (const Case &c : cases) {
        const QString input = dir.filePath(c.name + u".yttrande"_s);
        if (!bench::saveStatement(c.statement, input))
            return 1;
        std::printf("%s: %d items, %d measures, %lld characters of text\n", qPrintable(c.name), int(c.statement.items.size()),
                    int(c.statement.measures.size()), static_cast<long long>(textVolume(c.statement)));
        Figures f;
        for (const bool withTemplate : {false, true}) {
            const DocxOptions options{withTemplate ? templatePath : QString(), u"Anna Andersson"_s};
            auto first = DocxExporter::render(c.statement, options);
            if (!first) {
                std::fprintf(stderr, "%s\n", qPrintable(first.error().text()));
                return 1;
            }
            for (const QString &warning : first.value().warnings)
                std::printf("  warning: %s\n", qPrintable(warning));
            const double inProcess = bench::medianMilliseconds(c.runs, [&] { (void)DocxExporter::render(c.statement, options); });

            const QString output = dir.filePath(c.name + (withTemplate ? u"-template.docx"_s : u".docx"_s));
            QStringList command{cli, u"export"_s, input, u"--docx"_s, output, u"--author"_s, options.author};
            if (withTemplate)
                command += {u"--template"_s, templatePath};
            bench::measureProcess(command); // warm the file cache; not counted
            const bench::ProcessSummary process = bench::measureProcesses(c.runs, command);
            allOk = allOk && process.ok;
            (withTemplate ? f.templated : f.plain) = process.medianSeconds;

            std::printf("  %-19s: %lld bytes; in process (render) median %.1f ms; whole process median %.3f s, peak memory %.1f MB "
                        "(%d runs)%s\n",
                        withTemplate ? "municipal template" : "Yttra's template", static_cast<long long>(first.value().bytes.size()),
                        inProcess, process.medianSeconds, process.peakMegabytes, c.runs, process.ok ? "" : " (a run FAILED)");
        }
        figures.push_back(f);
    }
    const double generatedSeconds = figures.back().plain;
    std::printf("goal: under 0.3 s for 100 items (whole process, generated): %.3f s, %s; with the municipal template %.3f s, %s\n",
                generatedSeconds, verdict(generatedSeconds < 0.3), figures.back().templated, verdict(figures.back().templated < 0.3));

    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
        std::printf("soffice: not installed, no LibreOffice comparison (Debian: libreoffice-writer-nogui)\n");
        std::printf("goal: at least 20x faster than LibreOffice: not measured\n");
        return allOk ? 0 : 1;
    }
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        const Case &c = cases[i];
        const QString html = dir.filePath(c.name + u".html"_s);
        QFile file(html);
        if (!file.open(QIODevice::WriteOnly) || file.write(statementHtml(c.statement).toUtf8()) < 0) {
            std::printf("soffice: could not write the HTML for %s\n", qPrintable(c.name));
            continue;
        }
        file.close();
        // A profile of its own, so the user's LibreOffice is neither used nor changed; loaded
        // into Writer (not Writer/Web, which has no Word filter).
        const QString out = dir.filePath(u"lo-"_s + c.name);
        const QStringList convert{soffice,
                                  u"-env:UserInstallation=file://"_s + dir.filePath(u"lo-profile-"_s + c.name),
                                  u"--headless"_s,
                                  u"--infilter=HTML (StarWriter)"_s,
                                  u"--convert-to"_s,
                                  u"docx"_s,
                                  u"--outdir"_s,
                                  out,
                                  html};
        const QString converted = QDir(out).filePath(c.name + u".docx"_s);
        const bench::ProcessRun cold = bench::measureProcess(convert); // the first start creates the profile
        const bool coldOk = cold.ok && QFileInfo::exists(converted);
        QFile::remove(converted);
        const bench::ProcessSummary warm = bench::measureProcesses(3, convert);
        const bool warmOk = warm.ok && QFileInfo::exists(converted);
        const double yttra = figures.at(i).plain;
        const double ratio = yttra > 0 ? warm.medianSeconds / yttra : 0;
        std::printf("soffice --convert-to docx, %s (HTML %lld bytes -> %lld bytes):\n", qPrintable(c.name),
                    static_cast<long long>(QFileInfo(html).size()), static_cast<long long>(QFileInfo(converted).size()));
        std::printf("  cold (first start, new profile) %.3f s%s; warm median %.3f s over 3 runs, peak memory %.1f MB%s\n", cold.seconds,
                    coldOk ? "" : " (FAILED)", warm.medianSeconds, warm.peakMegabytes, warmOk ? "" : " (conversion FAILED)");
        std::printf("  LibreOffice / Yttra = %.1f warm, %.1f cold (whole processes, Yttra's template); goal at least 20x: %s\n", ratio,
                    yttra > 0 ? cold.seconds / yttra : 0, warmOk ? verdict(ratio >= 20) : "not measured");
    }
    return allOk ? 0 : 1;
}
