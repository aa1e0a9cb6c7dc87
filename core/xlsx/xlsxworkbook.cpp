// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsx/xlsxworkbook_p.h"

#include "base/savefile.h"
#include "xlsx/xlsxarchivecheck_p.h"

#include <QDir>

#include <cerrno>
#include <cstring>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Line ends as "\n", and no characters XML cannot hold (libxlsxwriter would write them as
// "_x0001_", which shows as nothing useful in a cell).
QString normalized(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            out += u'\n';
        } else if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n') || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

// Excel reads "_xHHHH_" in a stored string as the character HHHH; text that happens to
// contain it keeps it by writing its underscore as "_x005F_". Matches may overlap
// ("_x005F_x0041_"), so every underscore that starts one is escaped.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && isHexDigit(text.at(i + 2))
            && isHexDigit(text.at(i + 3)) && isHexDigit(text.at(i + 4)) && isHexDigit(text.at(i + 5))
            && text.at(i + 6) == u'_') {
            out += u"_x005F_"_s;
        } else {
            out += c;
        }
    }
    return out;
}

qsizetype codePoints(const QString &text)
{
    qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate())
            --n;
    }
    return n;
}

QString lxwError(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

// --- XlsxSheet ---

void XlsxSheet::check(int error, const QString &what) const
{
    if (error != LXW_NO_ERROR)
        m_workbook->fail(u"%1 (%2): %3"_s.arg(what, m_name, lxwError(static_cast<lxw_error>(error))));
}

void XlsxSheet::writeText(int row, int column, const QString &text, XlsxFormat format)
{
    const QByteArray utf8 = escaped(normalized(text)).toUtf8();
    check(worksheet_write_string(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), utf8.constData(), format),
          XlsxWorkbook::tr("writing the text of row %1, column %2").arg(row + 1).arg(column + 1));
}

void XlsxSheet::writeNumber(int row, int column, double value, XlsxFormat format)
{
    check(worksheet_write_number(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value, format),
          XlsxWorkbook::tr("writing the number of row %1, column %2").arg(row + 1).arg(column + 1));
}

void XlsxSheet::writeDate(int row, int column, QDate date, XlsxFormat format)
{
    lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
    check(worksheet_write_datetime(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), &when, format),
          XlsxWorkbook::tr("writing the date of row %1, column %2").arg(row + 1).arg(column + 1));
}

void XlsxSheet::writeBlank(int row, int column, XlsxFormat format)
{
    check(worksheet_write_blank(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), format),
          XlsxWorkbook::tr("writing row %1, column %2").arg(row + 1).arg(column + 1));
}

void XlsxSheet::setColumn(int column, double width, XlsxFormat format)
{
    const auto c = static_cast<lxw_col_t>(column);
    check(worksheet_set_column(m_sheet, c, c, width, format), XlsxWorkbook::tr("setting the width of column %1").arg(column + 1));
}

void XlsxSheet::freezeRows(int rows)
{
    worksheet_freeze_panes(m_sheet, static_cast<lxw_row_t>(rows), 0);
}

void XlsxSheet::autofilter(int lastRow, int lastColumn)
{
    check(worksheet_autofilter(m_sheet, 0, 0, static_cast<lxw_row_t>(lastRow), static_cast<lxw_col_t>(lastColumn)),
          XlsxWorkbook::tr("setting the autofilter"));
}

void XlsxSheet::listValidation(int firstRow, int lastRow, int column, const QStringList &values)
{
    // A null-terminated array of the values, alive until the workbook is written.
    std::vector<char *> list;
    for (const QString &value : values)
        list.push_back(m_workbook->keep(value));
    list.push_back(nullptr);

    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = list.data();
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    const auto c = static_cast<lxw_col_t>(column);
    check(worksheet_data_validation_range(m_sheet, static_cast<lxw_row_t>(firstRow), c, static_cast<lxw_row_t>(lastRow), c,
                                          &validation),
          XlsxWorkbook::tr("setting the list of allowed values in column %1").arg(column + 1));
}

void XlsxSheet::conditionalFormat(int firstRow, int lastRow, int lastColumn, const QString &formula, XlsxFormat format)
{
    lxw_conditional_format conditional{};
    conditional.type = LXW_CONDITIONAL_TYPE_FORMULA;
    conditional.value_string = m_workbook->keep(formula);
    conditional.format = format;
    check(worksheet_conditional_format_range(m_sheet, static_cast<lxw_row_t>(firstRow), 0, static_cast<lxw_row_t>(lastRow),
                                             static_cast<lxw_col_t>(lastColumn), &conditional),
          XlsxWorkbook::tr("setting the conditional format of rows %1 to %2").arg(firstRow + 1).arg(lastRow + 1));
}

void XlsxSheet::setLandscape()
{
    worksheet_set_landscape(m_sheet);
}

void XlsxSheet::setPaper(int paper)
{
    worksheet_set_paper(m_sheet, static_cast<uint8_t>(paper));
}

void XlsxSheet::fitToPages(int wide, int tall)
{
    worksheet_fit_to_pages(m_sheet, static_cast<uint16_t>(wide), static_cast<uint16_t>(tall));
}

void XlsxSheet::repeatRows(int first, int last)
{
    check(worksheet_repeat_rows(m_sheet, static_cast<lxw_row_t>(first), static_cast<lxw_row_t>(last)),
          XlsxWorkbook::tr("setting the rows printed on every page"));
}

void XlsxSheet::setFooter(const QString &footer)
{
    check(worksheet_set_footer(m_sheet, m_workbook->keep(footer)), XlsxWorkbook::tr("setting the footer"));
}

// --- XlsxWorkbook ---

XlsxWorkbook::XlsxWorkbook(const QString &path)
{
    // libxlsxwriter assembles the parts in temporary files; put them where the user's
    // TMPDIR says, not always in /tmp.
    lxw_workbook_options options{};
    options.tmpdir = keep(QDir::tempPath());
    m_workbook = workbook_new_opt(keep(path), &options);
    if (!m_workbook)
        fail(tr("libxlsxwriter could not start a workbook"));
}

XlsxWorkbook::~XlsxWorkbook()
{
    // Not closed: nothing is written, everything is freed.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
}

char *XlsxWorkbook::keep(const QString &text)
{
    m_kept.push_back(text.toUtf8());
    return m_kept.back().data();
}

void XlsxWorkbook::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

XlsxSheet *XlsxWorkbook::addSheet(const QString &name)
{
    lxw_worksheet *sheet = m_workbook ? workbook_add_worksheet(m_workbook, keep(name)) : nullptr;
    if (!sheet) {
        fail(tr("cannot add the sheet \"%1\"").arg(name));
        return nullptr;
    }
    m_sheets.push_back(XlsxSheet(this, sheet, name));
    return &m_sheets.back();
}

XlsxFormat XlsxWorkbook::addFormat(const XlsxFormatSpec &spec)
{
    lxw_format *format = m_workbook ? workbook_add_format(m_workbook) : nullptr;
    if (!format) {
        fail(tr("cannot add a cell format"));
        return nullptr;
    }
    if (spec.bold)
        format_set_bold(format);
    if (spec.wrap)
        format_set_text_wrap(format);
    if (spec.alignTop)
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    if (!spec.numberFormat.isEmpty())
        format_set_num_format(format, keep(spec.numberFormat));
    if (spec.fill != 0) {
        format_set_pattern(format, LXW_PATTERN_SOLID);
        format_set_bg_color(format, spec.fill);
    }
    if (spec.bottomBorder)
        format_set_bottom(format, LXW_BORDER_THIN);
    return format;
}

void XlsxWorkbook::setProperties(const XlsxProperties &properties)
{
    if (!m_workbook)
        return;
    lxw_doc_properties p{};
    p.title = keep(properties.title);
    p.subject = keep(properties.subject);
    p.author = keep(properties.author);
    p.company = keep(properties.company);
    p.keywords = keep(properties.keywords);
    p.category = keep(properties.category);
    const lxw_error error = workbook_set_properties(m_workbook, &p);
    if (error != LXW_NO_ERROR)
        fail(tr("setting the document properties: %1").arg(lxwError(error)));
}

void XlsxWorkbook::setCustomProperty(const QString &name, const QString &value)
{
    if (!m_workbook)
        return;
    const lxw_error error = workbook_set_custom_property_string(m_workbook, keep(name), keep(value));
    if (error != LXW_NO_ERROR)
        fail(tr("setting the document property %1: %2").arg(name, lxwError(error)));
}

Result<void, QString> XlsxWorkbook::close()
{
    if (!m_error.isEmpty())
        return Result<void, QString>::failure(m_error);
    if (!m_workbook)
        return Result<void, QString>::failure(tr("the workbook was already written"));
    // workbook_close() writes the file and frees the workbook, whether or not it succeeds.
    errno = 0;
    const lxw_error error = workbook_close(m_workbook);
    const int systemError = errno;
    m_workbook = nullptr;
    if (error == LXW_NO_ERROR)
        return {};
    // libxlsxwriter's own words for a failed file operation ("Zip generic error ZIP_ERRNO")
    // do not say what the system said (a full disk, a lost drive): the user needs that.
    const bool fileOperation = error == LXW_ERROR_CREATING_XLSX_FILE || error == LXW_ERROR_CREATING_TMPFILE
        || error == LXW_ERROR_READING_TMPFILE || error == LXW_ERROR_ZIP_FILE_OPERATION || error == LXW_ERROR_ZIP_FILE_ADD
        || error == LXW_ERROR_ZIP_CLOSE;
    if (fileOperation && systemError != 0) {
        QString text = lxwError(error);
        if (text.endsWith(u'.'))
            text.chop(1);
        return Result<void, QString>::failure(u"%1: %2"_s.arg(text, QString::fromLocal8Bit(std::strerror(systemError))));
    }
    return Result<void, QString>::failure(lxwError(error));
}

qsizetype XlsxWorkbook::storedLength(const QString &text)
{
    const QString shown = normalized(text);
    return std::max(shown.size(), codePoints(escaped(shown)));
}

Result<QStringList, FileError> XlsxWorkbook::save(const QString &path,
                                                  const std::function<QStringList(XlsxWorkbook &)> &fill)
{
    QStringList warnings;
    auto written = SaveFile::writeWith(path, [&](const QString &temporaryPath) {
        XlsxWorkbook workbook(temporaryPath);
        warnings = fill(workbook);
        if (auto closed = workbook.close(); !closed)
            return closed;
        return XlsxArchiveCheck::check(temporaryPath);
    });
    if (!written)
        return Result<QStringList, FileError>::failure(written.error());
    return warnings + written.value();
}

QString XlsxWorkbook::cutToFit(const QString &text, const QString &ending)
{
    // Stored lengths can exceed the plain length (escapes), so shorten until it fits.
    qsizetype keep = maxTextLength - ending.size();
    QString cut;
    while (keep > 0) {
        QString head = text.left(keep);
        if (!head.isEmpty() && head.back().isHighSurrogate())
            head.chop(1); // never half a character
        cut = head + ending;
        const qsizetype over = storedLength(cut) - maxTextLength;
        if (over <= 0)
            return cut;
        keep -= over;
    }
    return ending;
}

XlsxSheet *XlsxWorkbook::addTableSheet(const QString &name, const QList<XlsxColumn> &columns, int rows, XlsxFormat header)
{
    // A4 in Excel's paper numbering.
    constexpr int a4Paper = 9;
    XlsxSheet *sheet = addSheet(name);
    if (!sheet)
        return nullptr;
    const int lastColumn = int(columns.size()) - 1;
    for (int c = 0; c <= lastColumn; ++c) {
        sheet->setColumn(c, columns.at(c).width);
        sheet->writeText(0, c, columns.at(c).heading, header);
    }
    sheet->freezeRows(1);
    sheet->autofilter(rows, lastColumn);
    sheet->setLandscape();
    sheet->setPaper(a4Paper);
    sheet->fitToPages(1, 0);
    sheet->repeatRows(0, 0);
    // The sheet's name on the left, the page as Swedish documents number it on the right.
    sheet->setFooter(u"&L&A&R&P(&N)"_s);
    return sheet;
}

} // namespace yttra
