// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzreaders.h"

#include "document/statementdocument.h"
#include "docx/wordreviewimport.h"
#include "format/example.h"
#include "format/jsonformat.h"
#include "format/statementfile.h"
#include "import/reportimporter.h"
#include "import/reportreader.h"
#include "markdown/markdown.h"
#include "markdown/markdownwriter.h"
#include "session/recovery.h"
#include "session/settings.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace yttra::fuzz {

namespace {

// A promise the reader broke: abort, so the fuzzer keeps the input and the regression test fails.
[[noreturn]] void broken(const char *promise)
{
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

QByteArray copy(QByteArrayView bytes)
{
    return bytes.toByteArray();
}

// Files for the readers that only read files, in one folder for the whole run.
QString scratchFile(const QString &name, QByteArrayView bytes)
{
    static QTemporaryDir folder;
    if (!folder.isValid())
        broken("a temporary folder can be made");
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes.data(), bytes.size()) != bytes.size())
        broken("the input can be written to a temporary file");
    return path;
}

// A statement that was read writes and reads back as the same bytes: what Yttra opens, it can save.
void readStatement(QByteArrayView bytes)
{
    const auto read = StatementFile::fromBytes(copy(bytes), u"fuzz.yttrande"_s);
    if (!read)
        return;
    const QByteArray written = JsonFormat::write(read.value().statement);
    const auto again = JsonFormat::read(written);
    if (!again)
        broken("a statement that was read can be read again after it is written");
    if (JsonFormat::write(again.value().statement) != written)
        broken("a statement written, read and written again is the same");
}

void importReport(const QList<ReportPage> &pages)
{
    const ImportedReport report = ReportImporter::analyse(pages);
    QStringList boards = report.boards();
    boards.append(u"Kommunstyrelsen"_s);
    for (const QString &name : std::as_const(boards)) {
        const BoardChoice choice = ReportImporter::chooseAnyBoard(report, name);
        for (const StatementKind kind : {StatementKind::First, StatementKind::FollowUp})
            JsonFormat::write(ReportImporter::toStatement(report, choice.board, kind));
    }
}

void importTextReport(QByteArrayView bytes)
{
    importReport(ReportReader::readText(ReportReader::decodeText(copy(bytes))));
}

// Without text recognition: a page without text costs seconds of OCR, and OCR reads pixels,
// which this target does not reach.
void importPdfReport(QByteArrayView bytes)
{
    ReadOptions options;
    options.ocr = false;
    const auto pages = ReportReader::readPdf(copy(bytes), u"fuzz.pdf"_s, options);
    if (pages)
        importReport(pages.value());
}

// The words of Markdown blocks, spaced as plain text: what must survive a save.
QString words(const QList<MarkdownBlock> &blocks)
{
    QString text;
    for (const MarkdownBlock &block : blocks)
        text += block.plainText() + u' ';
    return text.simplified();
}

// What Yttra writes of Markdown it read, it reads back with the same words (emphasis that
// CommonMark cannot express beside other emphasis may be dropped, never a word changed).
void readMarkdown(QByteArrayView bytes)
{
    const QString markdown = QString::fromUtf8(bytes);
    Markdown::plainText(markdown);
    const QList<MarkdownBlock> blocks = Markdown::blocks(markdown);
    if (words(Markdown::blocks(MarkdownWriter::write(blocks))) != words(blocks))
        broken("Markdown written by Yttra reads back with the same words");
}

void readWordReview(QByteArrayView bytes)
{
    static const Statement statement = Example::statement();
    const auto review = WordReviewImport::read(copy(bytes), statement);
    if (review)
        review.value().copyWithComments(statement);
}

void readRecoveryFile(QByteArrayView bytes)
{
    const QString file = scratchFile(u"fuzz"_s + Recovery::fileSuffix, bytes);
    Recovery::pendingRecoveries(QFileInfo(file).absolutePath());
    [[maybe_unused]] const auto recovered = Recovery::recover(file);
}

void readSettings(QByteArrayView bytes)
{
    const QString file = scratchFile(u"fuzz.json"_s, bytes);
    const Settings settings(file);
    settings.value(Settings::ReviewerName);
    settings.value(Settings::DefaultBoard);
    settings.value(Settings::DefaultOffice);
    settings.value(Settings::DefaultAddress);
    settings.value(Settings::AutosaveInterval);
    settings.value(Settings::PreviewVisible);
    settings.value(Settings::RecentFiles);
    settings.value(Settings::PersonalWordList);
    settings.value(Settings::RegisterFolder);
    const auto templates = settings.value(Settings::WordTemplates);
    for (auto it = templates.begin(); it != templates.end(); ++it)
        settings.wordTemplate(it.key());
    const auto logos = settings.value(Settings::BoardLogos);
    for (auto it = logos.begin(); it != logos.end(); ++it)
        settings.boardLogo(it.key());
}

} // namespace

const QList<FuzzReader> &fuzzReaders()
{
    static const QList<FuzzReader> readers{
        {u"statement"_s, readStatement},       {u"report-text"_s, importTextReport},
        {u"report-pdf"_s, importPdfReport},     {u"markdown"_s, readMarkdown},
        {u"word-review"_s, readWordReview},     {u"recovery"_s, readRecoveryFile},
        {u"settings"_s, readSettings},
    };
    return readers;
}

const FuzzReader *fuzzReader(QStringView name)
{
    for (const FuzzReader &reader : fuzzReaders()) {
        if (reader.name == name)
            return &reader;
    }
    return nullptr;
}

} // namespace yttra::fuzz
