// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>

// libxlsxwriter's handles; only xlsxworkbook.cpp sees the C headers.
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace yttra {

class XlsxWorkbook;

/// A cell look, made by XlsxWorkbook::addFormat() and shared by every cell that has it.
using XlsxFormat = lxw_format *;

/// What a format sets; everything else is Excel's default (Calibri 11, bottom-aligned).
struct XlsxFormatSpec
{
    bool bold = false;
    bool wrap = false;
    bool alignTop = false;
    QString numberFormat = {}; // e.g. "yyyy-mm-dd"; empty: General
    quint32 fill = 0;     // 0xRRGGBB solid background; 0: none
    bool bottomBorder = false;
};

/// One sheet of an XlsxWorkbook, which owns it. Calls never fail on the spot: the first
/// error is kept by the workbook and returned by close(), so the caller writes a sheet
/// without checking every cell. Rows and columns count from 0, as in libxlsxwriter.
class XlsxSheet
{
public:
    QString name() const { return m_name; }

    /// Always a string cell, never a formula or a number, whatever the text looks like.
    /// Line ends become "\n", control characters other than tab and new line are left out,
    /// and text that Excel would read as its own "_xHHHH_" escape is kept as written.
    /// The text must fit in a cell (storedLength() <= maxTextLength); longer text is an error.
    void writeText(int row, int column, const QString &text, XlsxFormat format);
    void writeNumber(int row, int column, double value, XlsxFormat format);
    /// A real Excel date (a serial day number); the format gives its look.
    void writeDate(int row, int column, QDate date, XlsxFormat format);
    /// An empty cell that still has the format (wrapping, borders).
    void writeBlank(int row, int column, XlsxFormat format);

    /// Width in characters of the default font, and the format of empty cells.
    void setColumn(int column, double width, XlsxFormat format = nullptr);
    /// Rows 0..rows-1 stay in view when scrolling.
    void freezeRows(int rows);
    void autofilter(int lastRow, int lastColumn);
    /// A dropdown of `values` on the cells of `column` from firstRow to lastRow; other
    /// values are refused.
    void listValidation(int firstRow, int lastRow, int column, const QStringList &values);
    /// The cells of rows firstRow..lastRow, columns 0..lastColumn, take `format` where
    /// `formula` is true; the formula is written as for the range's top-left cell
    /// ("=$A2=\"Overdue\""), and Excel moves its relative references for every other cell.
    void conditionalFormat(int firstRow, int lastRow, int lastColumn, const QString &formula, XlsxFormat format);

    // Print setup.
    void setLandscape();
    /// Excel's paper codes: 9 is A4.
    void setPaper(int paper);
    /// Scale to at most this many pages across and down; 0 leaves that direction free.
    void fitToPages(int wide, int tall);
    /// Rows first..last are printed at the top of every page.
    void repeatRows(int first, int last);
    /// Excel's header/footer codes: "&L" left, "&C" centre, "&R" right, "&A" sheet name,
    /// "&P" page, "&N" pages; a literal "&" must be written "&&". At most 255 characters.
    void setFooter(const QString &footer);

private:
    friend class XlsxWorkbook;
    XlsxSheet(XlsxWorkbook *workbook, lxw_worksheet *sheet, const QString &name)
        : m_workbook(workbook), m_sheet(sheet), m_name(name)
    {
    }
    void check(int error, const QString &what) const;

    XlsxWorkbook *m_workbook;
    lxw_worksheet *m_sheet;
    QString m_name;
};

/// Document properties as File → Properties shows them.
struct XlsxProperties
{
    QString title = {};
    QString subject = {};
    QString author = {};
    QString company = {};
    QString keywords = {};
    QString category = {};
};

/// A column of a table sheet: its heading and its width in characters.
struct XlsxColumn
{
    QString heading;
    double width = 10;
};

/// An Excel workbook being written with libxlsxwriter, owned here: freed on every path,
/// written to `path` only by close(). libxlsxwriter's structs take `char *`; the UTF-8
/// copies given to it are kept alive as long as the workbook.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    /// Excel's limit of characters in a cell.
    static constexpr qsizetype maxTextLength = 32767;

    /// Writes a workbook to `path` in one step: `fill` adds its sheets (and returns its
    /// warnings), the file is closed and checked as a zip archive in a temporary file that
    /// then replaces `path`; a failure leaves `path` as it was. Returns the warnings.
    static Result<QStringList, FileError> save(const QString &path, const std::function<QStringList(XlsxWorkbook &)> &fill);

    explicit XlsxWorkbook(const QString &path);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    /// Sheets are numbered in the order they are added. The sheet lives as long as the workbook.
    XlsxSheet *addSheet(const QString &name);
    /// A sheet that is one table, as our workbooks print and filter it: the headings in row
    /// 0 (in `header`), frozen, an autofilter over `rows` rows below them, A4 landscape one
    /// page wide with the heading row repeated, the sheet's name and page in the footer.
    XlsxSheet *addTableSheet(const QString &name, const QList<XlsxColumn> &columns, int rows, XlsxFormat header);
    XlsxFormat addFormat(const XlsxFormatSpec &spec);
    void setProperties(const XlsxProperties &properties);
    void setCustomProperty(const QString &name, const QString &value);

    /// Writes the file. Fails with the first error of any earlier call, or the writer's.
    Result<void, QString> close();

    /// How long `text` is against maxTextLength, as writeText() stores it: the longer of
    /// its UTF-16 length (what Excel counts) and the characters libxlsxwriter counts.
    static qsizetype storedLength(const QString &text);

    /// `text` cut so that it and `ending` ("…") fit in a cell, never through a character.
    static QString cutToFit(const QString &text, const QString &ending);

private:
    friend class XlsxSheet;
    char *keep(const QString &text);
    void fail(const QString &message);

    lxw_workbook *m_workbook = nullptr;
    QString m_error;
    std::deque<QByteArray> m_kept;
    std::deque<XlsxSheet> m_sheets;
};

} // namespace yttra
