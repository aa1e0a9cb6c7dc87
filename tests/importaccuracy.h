// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How well the importer reads the report corpus in tests/data/reports: each report imported
// through the real importer (as yttra-cli does) from its text and from its PDF, the items found
// matched to the items written down by hand in its expected.json. Shared by the accuracy test
// (tst_importaccuracy, which holds the importer to the figures it reached) and the benchmark
// (bench_importaccuracy, which prints them all).

#include "base/enumnames.h"
#include "import/reportimporter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace yttra::accuracy {

using namespace Qt::StringLiterals;

enum class InputKind { Text, Pdf };

inline QString inputName(InputKind kind)
{
    return kind == InputKind::Text ? u"text"_s : u"pdf"_s;
}

inline QString inputFile(InputKind kind)
{
    return kind == InputKind::Text ? u"report.txt"_s : u"report.pdf"_s;
}

/// One recommendation, assessment or question as written down by hand: its kind, a phrase
/// that only it contains, and the boards it is addressed to.
struct ExpectedItem
{
    ItemKind kind = ItemKind::Recommendation;
    QString phrase;
    QStringList boards;
};

struct ExpectedDueDate
{
    QString board;
    StatementKind round = StatementKind::First;
    QDate date;
};

/// The least the importer must reach on one input: what it reached when the floor was set.
struct Floor
{
    bool set = false;
    double recall = 0;
    double precision = 0;
    int boardsRight = 0;
    int dueRight = 0;
    int boardsAccepted = 0;
};

struct ExpectedReport
{
    QString name; // the folder's name
    QString folder;
    QString firm;
    QString municipality;
    QStringList addressees;
    QList<ExpectedDueDate> dueDates;
    QList<ExpectedItem> items;
    QMap<QString, Floor> floors; // by input name
};

/// What the importer got right on one report from one input.
struct Score
{
    bool imported = false;
    QString error;
    int expected = 0;    // items written down
    int found = 0;       // candidates the importer offered
    int matched = 0;     // candidates matching an expected item (each expected item once)
    int boardsRight = 0; // matched items addressed to the expected boards
    int dueExpected = 0;
    int dueFound = 0;
    int dueRight = 0;
    int boardsExpected = 0; // boards the letter addresses
    int boardsAccepted = 0; // of those, the boards the import accepts as a --board name
    QStringList missed;     // expected items not found
    QStringList extra;      // candidates matching nothing, or a second time
    QStringList wrongBoards;
    QStringList wrongDueDates;

    double recall() const { return expected ? double(matched) / expected : 1.0; }
    // Finding nothing where there is something to find is no precision to speak of.
    double precision() const { return found ? double(matched) / found : expected ? 0.0 : 1.0; }

    void add(const Score &o)
    {
        expected += o.expected;
        found += o.found;
        matched += o.matched;
        boardsRight += o.boardsRight;
        dueExpected += o.dueExpected;
        dueFound += o.dueFound;
        dueRight += o.dueRight;
        boardsExpected += o.boardsExpected;
        boardsAccepted += o.boardsAccepted;
    }
};

/// Text compared without case, whitespace, punctuation, markup or hyphenation: only its
/// letters and digits, so "intern-\nkontroll", "intern­kontroll" and "internkontroll" agree.
inline QString normalised(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

inline QString shortened(const QString &text, qsizetype length = 90)
{
    QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + u'…' : simple;
}

inline Floor readFloor(const QJsonObject &o)
{
    Floor f;
    f.set = !o.isEmpty();
    f.recall = o.value(u"recall"_s).toDouble();
    f.precision = o.value(u"precision"_s).toDouble();
    f.boardsRight = o.value(u"boardsRight"_s).toInt();
    f.dueRight = o.value(u"dueRight"_s).toInt();
    f.boardsAccepted = o.value(u"boardsAccepted"_s).toInt();
    return f;
}

/// Reads a report's expected.json; an error message instead when it is not what it should be.
inline std::optional<ExpectedReport> readExpected(const QString &folder, QString *error)
{
    QFile file(QDir(folder).filePath(u"expected.json"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + file.fileName();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = file.fileName() + u": "_s + parseError.errorString();
        return std::nullopt;
    }
    ExpectedReport r;
    r.folder = folder;
    r.name = QDir(folder).dirName();
    r.firm = o.value(u"firm"_s).toString();
    r.municipality = o.value(u"municipality"_s).toString();
    for (const QJsonValue &v : o.value(u"addressees"_s).toArray())
        r.addressees.append(v.toString());
    for (const QJsonValue &v : o.value(u"dueDates"_s).toArray()) {
        const QJsonObject d = v.toObject();
        const auto round = enumFromName(statementKindNames, d.value(u"round"_s).toString());
        const QDate date = QDate::fromString(d.value(u"date"_s).toString(), Qt::ISODate);
        if (!round || !date.isValid()) {
            *error = file.fileName() + u": a due date without a valid round or date"_s;
            return std::nullopt;
        }
        r.dueDates.append({d.value(u"board"_s).toString(), *round, date});
    }
    for (const QJsonValue &v : o.value(u"items"_s).toArray()) {
        const QJsonObject i = v.toObject();
        const auto kind = enumFromName(itemKindNames, i.value(u"kind"_s).toString());
        if (!kind || normalised(i.value(u"phrase"_s).toString()).isEmpty()) {
            *error = file.fileName() + u": an item without a valid kind or phrase"_s;
            return std::nullopt;
        }
        ExpectedItem item{*kind, i.value(u"phrase"_s).toString(), {}};
        for (const QJsonValue &b : i.value(u"boards"_s).toArray())
            item.boards.append(b.toString());
        r.items.append(item);
    }
    const QJsonObject floors = o.value(u"floors"_s).toObject();
    for (auto it = floors.begin(); it != floors.end(); ++it)
        r.floors.insert(it.key(), readFloor(it.value().toObject()));
    return r;
}

/// Every report of the corpus (a folder with an expected.json), by name.
inline QList<ExpectedReport> readCorpus(const QString &root, QStringList *errors)
{
    QList<ExpectedReport> reports;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!QFile::exists(dir.filePath(name + u"/expected.json"_s)))
            continue;
        QString error;
        if (auto r = readExpected(dir.filePath(name), &error))
            reports.append(*r);
        else
            errors->append(error);
    }
    return reports;
}

inline bool sameBoards(QStringList a, QStringList b)
{
    for (QString &s : a)
        s = normalised(s);
    for (QString &s : b)
        s = normalised(s);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

/// Imports the report from one input and scores what was found against what is expected.
inline Score score(const ExpectedReport &expected, InputKind input)
{
    Score s;
    s.expected = int(expected.items.size());
    s.dueExpected = int(expected.dueDates.size());
    s.boardsExpected = int(expected.addressees.size());

    const auto imported = ReportImporter::import(QDir(expected.folder).filePath(inputFile(input)));
    if (!imported) {
        s.error = imported.error().text();
        for (const ExpectedItem &item : expected.items)
            s.missed.append(shortened(item.phrase));
        return s;
    }
    s.imported = true;
    const ImportedReport &report = imported.value();

    // Each candidate takes the first expected item of its kind whose phrase it contains and
    // that no earlier candidate took: a repeated or merged item therefore costs precision or
    // recall, as it costs the user an edit.
    QList<bool> taken(expected.items.size(), false);
    s.found = int(report.candidates.size());
    for (const ImportCandidate &c : report.candidates) {
        const QString text = normalised(c.text);
        qsizetype hit = -1;
        bool repeated = false;
        bool otherKind = false;
        for (qsizetype i = 0; i < expected.items.size(); ++i) {
            const ExpectedItem &item = expected.items.at(i);
            if (!text.contains(normalised(item.phrase)))
                continue;
            if (item.kind != c.kind) {
                otherKind = true;
                continue;
            }
            if (taken.at(i)) {
                repeated = true;
                continue;
            }
            hit = i;
            break;
        }
        const QString kind = enumName(itemKindNames, c.kind);
        if (hit < 0) {
            const QString why = repeated ? u"again"_s : otherKind ? u"wrong kind"_s : u"no such item"_s;
            s.extra.append(u"%1 (%2): %3"_s.arg(kind, why, shortened(c.text)));
            continue;
        }
        taken[hit] = true;
        ++s.matched;
        const ExpectedItem &item = expected.items.at(hit);
        // An item the report addresses to no board in particular goes to the only board there is.
        const bool right = sameBoards(c.boards, item.boards)
            || (c.boards.isEmpty() && expected.addressees.size() == 1 && sameBoards(expected.addressees, item.boards));
        if (right)
            ++s.boardsRight;
        else
            s.wrongBoards.append(u"%1: [%2] instead of [%3]"_s.arg(shortened(item.phrase, 50), c.boards.join(u", "_s),
                                                                   item.boards.join(u", "_s)));
    }
    for (qsizetype i = 0; i < expected.items.size(); ++i) {
        if (!taken.at(i))
            s.missed.append(enumName(itemKindNames, expected.items.at(i).kind) + u": "_s
                            + shortened(expected.items.at(i).phrase));
    }

    for (const ExpectedDueDate &d : expected.dueDates) {
        const QDate found = report.dueDate(d.board, d.round);
        if (found.isValid())
            ++s.dueFound;
        if (found == d.date)
            ++s.dueRight;
        else
            s.wrongDueDates.append(u"%1 %2: %3 instead of %4"_s.arg(d.board, enumName(statementKindNames, d.round),
                                                                  found.isValid() ? found.toString(Qt::ISODate) : u"none"_s,
                                                                  d.date.toString(Qt::ISODate)));
    }
    for (const QString &board : expected.addressees) {
        if (report.matchBoard(board))
            ++s.boardsAccepted;
    }
    return s;
}

inline QString percent(double value)
{
    return QString::number(100.0 * value, 'f', 1) + u" %"_s;
}

/// One line of figures: recall, precision, boards, due dates, boards accepted.
inline QString figures(const Score &s)
{
    return u"recall %1 (%2/%3)  precision %4 (%5/%6)  item boards %7/%8  due dates found %9/%10 right %11/%10  boards accepted %12/%13"_s
        .arg(percent(s.recall()))
        .arg(s.matched)
        .arg(s.expected)
        .arg(percent(s.precision()))
        .arg(s.matched)
        .arg(s.found)
        .arg(s.boardsRight)
        .arg(s.matched)
        .arg(s.dueFound)
        .arg(s.dueExpected)
        .arg(s.dueRight)
        .arg(s.boardsAccepted)
        .arg(s.boardsExpected);
}

} // namespace yttra::accuracy
