// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/detailfinder.h"

#include "language/datescanner.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption
    | QRegularExpression::UseUnicodePropertiesOption;

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

const QRegularExpression &addresseePattern()
{
    static const QRegularExpression pattern(
        u"^(?:till|mottagare|sändlista|adressat(?:er)?|expedieras(?:\\s+till)?|expediering)\\s*:\\s*(.*)$"_s, caseless);
    return pattern;
}

const QRegularExpression &informedPattern()
{
    static const QRegularExpression pattern(
        u"^(?:för\\s+kännedom(?:\\s+till)?|kopia(?:\\s+till)?|för\\s+information(?:\\s+till)?)\\s*:?\\s*(.*)$"_s, caseless);
    return pattern;
}

/// A line of a "Till:" list: a short name, not a sentence or a date.
bool isNameLike(QStringView text)
{
    static const QRegularExpression sentence(u"[.?!;]|:$"_s);
    const QStringView t = text.trimmed();
    return !t.isEmpty() && t.size() <= 60 && t.front().isUpper() && t.count(u' ') <= 6
        && !sentence.match(t).hasMatch() && DateScanner::find(t).isEmpty();
}

/// "Kommunstyrelsen, Servicenämnden och Tekniska nämnden" → three names; "Kultur- och
/// fritidsnämnden" stays one.
QStringList namesIn(QStringView text)
{
    // "Kultur-, idrotts- och fritidsnämnden" is one name: a comma or "och" after a hyphen joins.
    static const QRegularExpression separators(u"(?<!-)\\s*[,;]\\s*|(?<!-)\\s+(?:och|samt)\\s+"_s, caseless);
    // Nor does an "och" inside a name the resolver reads whole ("Halmstads Energi och Miljö AB").
    const QList<BoardResolver::Mention> whole = BoardResolver().mentions(text);
    QStringList names;
    qsizetype start = 0;
    const auto take = [&](qsizetype end) {
        const QString name = text.sliced(start, end - start).trimmed().toString();
        if (!name.isEmpty())
            names.append(name);
    };
    auto it = separators.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool inside = std::any_of(whole.cbegin(), whole.cend(), [&m](const BoardResolver::Mention &n) {
            return m.capturedStart() > n.start && m.capturedEnd() < n.end;
        });
        if (inside)
            continue;
        take(m.capturedStart());
        start = m.capturedEnd();
    }
    take(text.size());
    return names;
}

const QRegularExpression &titleStartPattern()
{
    static const QRegularExpression pattern(
        u"^(?:(?:fördjupad|grundläggande|samlad|övergripande|förenklad)\\s+)?(?:uppföljande\\s+)?"
        "(?:granskning\\s+av|granskning\\s+avseende|granskning\\s+inom|granskning\\b)"
        "|^(?:uppföljning\\s+av|förstudie|granskningsrapport|revisionsrapport)\\b"_s,
        caseless);
    return pattern;
}

const QRegularExpression &deadlineWordPattern()
{
    static const QRegularExpression pattern(u"\\b(?:senast|tillhanda)\\b"_s, caseless);
    return pattern;
}


} // namespace

struct DetailFinder::FoundDate
{
    QString board;
    StatementKind round;
    QDate date;
    int priority; // 3: named in the sentence, 2: the board the section is about, 1: every addressee
    int page;
    bool yearless = false; // the text gives no year: the one after the letter's date was taken
};

QStringList DetailFinder::sentences(QStringView text)
{
    static const QStringList abbreviations = {
        u"t.ex"_s, u"bl.a"_s, u"s.k"_s, u"m.m"_s, u"dvs"_s, u"d.v.s"_s, u"ca"_s, u"nr"_s, u"kap"_s, u"jfr"_s,
        u"resp"_s, u"etc"_s, u"t.o.m"_s, u"fr.o.m"_s, u"p.g.a"_s, u"pga"_s, u"enl"_s, u"st"_s, u"kr"_s,
        u"mnkr"_s, u"tkr"_s, u"mkr"_s, u"ev"_s, u"inkl"_s, u"exkl"_s, u"obs"_s, u"tel"_s, u"s"_s, u"sid"_s,
        u"ang"_s, u"avd"_s, u"jur"_s, u"o.s.v"_s, u"osv"_s, u"ff"_s, u"f"_s, u"m.fl"_s, u"o.dyl"_s,
    };
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        if (!text[i + 1].isSpace())
            continue;
        qsizetype next = i + 1;
        while (next < text.size() && text[next].isSpace())
            ++next;
        if (next >= text.size())
            break;
        const QChar first = text[next];
        if (!(first.isUpper() || first.isDigit() || first == u'"' || first == u'”' || first == u'('))
            continue;
        if (c == u'.') {
            const qsizetype wordStart = text.first(i).lastIndexOf(u' ') + 1;
            const QStringView word = text.sliced(wordStart, i - wordStart);
            // An initial ("K. Andersson") or an abbreviation does not end a sentence.
            if ((word.size() == 1 && word.front().isUpper()) || abbreviations.contains(word.toString().toLower()))
                continue;
        }
        out.append(text.sliced(start, i + 1 - start).trimmed().toString());
        start = next;
    }
    if (start < text.size()) {
        const QString rest = text.sliced(start).trimmed().toString();
        if (!rest.isEmpty())
            out.append(rest);
    }
    return out;
}

QStringList DetailFinder::collectNames(qsizetype lineIndex, const QString &rest) const
{
    // Two names on one line ("Kommunstyrelsen Servicenämnden", a PDF's columns) are two.
    const auto namesOnLine = [](QStringView text) {
        QStringList names;
        const BoardResolver any;
        for (const QString &name : namesIn(text)) {
            const auto mentions = any.mentions(name);
            const bool several = mentions.size() >= 2 && std::all_of(mentions.cbegin(), mentions.cend(), [](const auto &m) {
                return !m.generic;
            });
            if (several) {
                for (const auto &m : mentions)
                    names.append(m.board);
            } else if (mentions.size() == 1 && mentions.first().start == 0 && mentions.first().end == name.size()
                       && !mentions.first().board.isEmpty()) {
                // The name as the resolver reads it: "styrelsen för X AB" is X AB's board.
                names.append(mentions.first().board);
            } else {
                names.append(name);
            }
        }
        return names;
    };
    const QList<CleanLine> &lines = m_text.lines();
    QStringList names = namesOnLine(rest);
    for (qsizetype j = lineIndex + 1; j < lines.size(); ++j) {
        const CleanLine &line = lines.at(j);
        // A blank line ends the list, unless the list sets one board a paragraph.
        if (!names.isEmpty() && line.breakBefore && !BoardResolver::isBoardName(line.text))
            break;
        if (addresseePattern().match(line.text).hasMatch() || informedPattern().match(line.text).hasMatch()
            || line.text.startsWith(u"till "_s, Qt::CaseInsensitive))
            break;
        if (!isNameLike(line.text))
            break;
        names += namesOnLine(line.text);
    }
    return names;
}

void DetailFinder::findBoards(ImportedReport &report, BoardResolver &boards) const
{
    static const QRegularExpression bareTo(u"^till$"_s, caseless);
    static const QRegularExpression toBoard(u"^till\\s+(.{4,70})$"_s, caseless);
    static const QRegularExpression toCompanyBoard(u"^till\\s*:?\\s+(?:bolagets\\s+)?styrelse(?:n)?$"_s, caseless);
    // A board's name and nothing after it but its qualifier ("sjukhusstyrelsen Skånes
    // universitetssjukhus"), not a sentence that begins with "till".
    const auto isAddressLine = [](const QString &rest) {
        const BoardResolver any;
        const auto mentions = any.mentions(rest);
        return !mentions.isEmpty() && mentions.first().start == 0 && !mentions.first().generic
            && !rest.endsWith(u'.') && !QString(rest).remove(u"-,"_s).contains(u',') && rest.count(u' ') <= 8;
    };
    // A list's heading alone on its line, the names on the lines below.
    static const QRegularExpression bareList(u"^(?:sändlista|expedieras(?:\\s+till)?|expediering)$"_s, caseless);
    // A letterhead set in two columns, flattened by the text's extraction: "Till  För
    // kännedom:" over "Kommunstyrelsen  Kommunfullmäktiges presidium".
    static const QRegularExpression toAndInformed(
        u"^till\\s*:?\\s+(?:för\\s+kännedom|kopia|för\\s+information)(?:\\s+till)?\\s*:?$"_s, caseless);
    const QList<CleanLine> &lines = m_text.lines();
    bool addressLines = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &text = lines.at(i).text;
        if (toAndInformed.match(text).hasMatch()) {
            i = readTwoColumns(i, report);
            continue;
        }
        QStringList *target = nullptr;
        QString rest;
        if (const auto m = addresseePattern().match(text); m.hasMatch()) {
            target = &report.addressees;
            rest = m.captured(1);
        } else if (const auto k = informedPattern().match(text); k.hasMatch() && (text.contains(u':') || k.captured(1).isEmpty())) {
            target = &report.informed;
            rest = k.captured(1);
        } else if ((bareTo.match(text).hasMatch() || bareList.match(text).hasMatch()) && i + 1 < lines.size()
                   && BoardResolver::isBoardName(lines.at(i + 1).text)) {
            // "Till" without a colon, as a letter's address block has it.
            target = &report.addressees;
        } else if (const auto c = toCompanyBoard.match(text); c.hasMatch() && !onlyCompany().isEmpty()) {
            // The lay auditors' "Till styrelsen": the board of the one company the report is about.
            report.addressees.append(onlyCompany());
            continue;
        } else if (const auto t = toBoard.match(text); t.hasMatch() && isAddressLine(t.captured(1))) {
            // "Till hälso- och sjukvårdsnämnden", a line of its own per board.
            target = &report.addressees;
            rest = t.captured(1);
            addressLines = true;
        }
        if (!target)
            continue;
        for (const QString &name : collectNames(i, rest)) {
            const QString board = capitalised(name);
            if (!target->contains(board, Qt::CaseInsensitive))
                target->append(board);
        }
    }
    // Address lines are where the letter goes; when its text says which of them are to answer
    // ("för yttrande till barn- och utbildningsnämnden och för kännedom till kommunstyrelsen"),
    // the others are informed.
    if (addressLines) {
        const QStringList asked = boardsAskedToAnswer(BoardResolver(report.addressees));
        if (!asked.isEmpty()) {
            for (const QString &board : std::as_const(report.addressees)) {
                if (!asked.contains(board) && !report.informed.contains(board))
                    report.informed.append(board);
            }
            report.addressees = asked;
        }
    }
    for (const QString &board : std::as_const(report.addressees))
        boards.add(board);
}

qsizetype DetailFinder::readTwoColumns(qsizetype headingLine, ImportedReport &report) const
{
    // Each line below holds the left column's board, then the right column's: the first board
    // a line names answers, the others are informed. (A line with one board is taken for the
    // left column's: the flattened text no longer says where it stood.)
    const QList<CleanLine> &lines = m_text.lines();
    const BoardResolver any;
    qsizetype last = headingLine;
    for (qsizetype j = headingLine + 1; j < lines.size(); ++j) {
        const CleanLine &line = lines.at(j);
        if ((j > headingLine + 1 && line.breakBefore) || !isNameLike(line.text))
            break;
        QList<BoardResolver::Mention> mentions = any.mentions(line.text);
        mentions.removeIf([](const BoardResolver::Mention &m) { return m.generic || m.board.isEmpty(); });
        if (mentions.isEmpty())
            break;
        for (qsizetype k = 0; k < mentions.size(); ++k) {
            QStringList &target = k == 0 ? report.addressees : report.informed;
            const QString board = capitalised(mentions.at(k).board);
            if (!target.contains(board, Qt::CaseInsensitive))
                target.append(board);
        }
        last = j;
    }
    return last;
}

QString DetailFinder::onlyCompany() const
{
    const BoardResolver any;
    QString company;
    for (const CleanLine &line : m_text.lines()) {
        for (const auto &mention : any.mentions(line.text)) {
            if (!mention.board.endsWith(u" AB"_s))
                continue;
            if (!company.isEmpty() && company.compare(mention.board, Qt::CaseInsensitive) != 0)
                return {};
            company = mention.board;
        }
    }
    return company;
}

QStringList DetailFinder::auditedBoards() const
{
    static const QRegularExpression audited(
        u"\\bgranskat\\b|\\bgranskningen\\s+(?:har\\s+)?(?:avsett|avser|omfattat|omfattar)\\b"_s, caseless);
    const BoardResolver any;
    for (const ReportBlock &block : m_text.blocks()) {
        if (block.kind == ReportBlock::Kind::Heading)
            continue;
        for (const QString &sentence : sentences(block.text)) {
            if (!audited.match(sentence).hasMatch())
                continue;
            QStringList found;
            for (const auto &mention : any.mentions(sentence)) {
                const QString board = capitalised(mention.board);
                if (!mention.generic && !board.isEmpty() && !found.contains(board))
                    found.append(board);
            }
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

QStringList DetailFinder::boardsAskedToAnswer(const BoardResolver &boards) const
{
    static const QRegularExpression askedTo(u"\\bför\\s+yttrande\\b|\\byttra\\s+sig\\b|\\binkomma\\s+med\\s+(?:ett\\s+)?yttrande"_s,
                                            caseless);
    static const QRegularExpression forInformation(u"\\bför\\s+kännedom\\b"_s, caseless);
    for (const ReportBlock &block : m_text.blocks()) {
        if (block.kind == ReportBlock::Kind::Heading)
            continue;
        for (const QString &sentence : sentences(block.text)) {
            const auto m = askedTo.match(sentence);
            if (!m.hasMatch())
                continue;
            // The boards informed are not asked: "till kommunstyrelsen för yttrande samt till
            // kommunfullmäktige för kännedom", "för yttrande till X och för kännedom till Y".
            const auto informed = forInformation.match(sentence);
            qsizetype informedFrom = -1;
            qsizetype informedTo = -1;
            if (informed.hasMatch()) {
                static const QRegularExpression toWhom(u"^\\s*till\\s"_s, caseless);
                if (toWhom.match(QStringView(sentence).sliced(informed.capturedEnd())).hasMatch()) {
                    informedFrom = informed.capturedEnd();
                    informedTo = sentence.size();
                } else if (m.capturedEnd() <= informed.capturedStart()) {
                    informedFrom = m.capturedEnd();
                    informedTo = informed.capturedStart();
                }
            }
            QStringList found;
            for (const auto &mention : boards.mentions(sentence)) {
                const bool isInformed = mention.start >= informedFrom && mention.end <= informedTo;
                if (!mention.board.isEmpty() && !isInformed && !found.contains(mention.board))
                    found.append(mention.board);
            }
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

void DetailFinder::findDetails(ImportedReport &report) const
{
    const QList<CleanLine> lines = withBrokenLinesJoined(m_text.lines());
    const QList<CleanLine> &running = m_text.runningLines();
    const ReferenceLine found = findReference(lines, running);
    if (!found.reference.isEmpty())
        report.reference = found.reference;
    findTitle(report, lines, running, found.titleBeside);
    if (const QString date = findReportDate(lines, running); !date.isEmpty())
        report.reportDate = date;
    findDetailsInSentences(report);
}

QList<CleanLine> DetailFinder::withBrokenLinesJoined(const QList<CleanLine> &cleanLines)
{
    // A title or reference broken over two lines ("... SR-" / "2020-83", "ekonomistyr-" /
    // "ning") is read as one line.
    QList<CleanLine> lines;
    for (const CleanLine &line : cleanLines) {
        if (!lines.isEmpty() && !line.breakBefore && !line.text.isEmpty() && !lines.last().margin && !line.margin
            && (lines.last().text.endsWith(u'-') || line.text.front().isLower())) {
            lines.last().text = ReportText::joined(lines.last().text, line.text);
            continue;
        }
        lines.append(line);
    }
    return lines;
}

DetailFinder::ReferenceLine DetailFinder::findReference(const QList<CleanLine> &lines, const QList<CleanLine> &running)
{
    // Reference: "SR-2020-83", "KR-2017/0039", "REV 2023/12". The one on a title line wins,
    // then the most frequent (running footers repeat it), then the first.
    static const QRegularExpression reference(
        u"(?<![\\p{L}\\d-])(\\p{Lu}{1,6}(?:-\\p{Lu}{1,6})?[- ](?:19|20)\\d{2}[-/]\\d{1,5})(?![\\p{L}\\d]|[-/]\\d)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> referenceCount;
    QStringList referenceOrder;
    ReferenceLine onTitleLine;
    const auto scanReferences = [&](const QList<CleanLine> &source) {
        for (const CleanLine &line : source) {
            auto it = reference.globalMatch(line.text);
            while (it.hasNext()) {
                const auto m = it.next();
                const QString ref = m.captured(1);
                if (!referenceCount.contains(ref))
                    referenceOrder.append(ref);
                ++referenceCount[ref];
                if (onTitleLine.reference.isEmpty() && titleStartPattern().match(line.text).hasMatch()) {
                    onTitleLine.reference = ref;
                    QString rest = line.text;
                    rest.remove(m.capturedStart(), m.capturedLength());
                    static const QRegularExpression clutter(
                        u"\\b(?:dnr|diarienummer|diarienr|ärendenummer|referens)\\b\\.?:?|[()]|[\\s,:–—-]+$"_s, caseless);
                    rest.remove(clutter);
                    onTitleLine.titleBeside = rest.simplified();
                }
            }
        }
    };
    scanReferences(lines);
    scanReferences(running);
    if (!onTitleLine.reference.isEmpty() || referenceOrder.isEmpty())
        return onTitleLine;
    const QString mostFrequent = *std::max_element(referenceOrder.cbegin(), referenceOrder.cend(),
                                                   [&](const QString &a, const QString &b) {
                                                       return referenceCount.value(a) < referenceCount.value(b);
                                                   });
    return {mostFrequent, onTitleLine.titleBeside};
}

QString DetailFinder::subjectLine(const QList<CleanLine> &lines)
{
    // The cover letter's subject: the first line after its "Till"/"För kännedom" lines that
    // stands alone, reads like a title (no full stop, a few words) and has a paragraph after it.
    static const QRegularExpression addressLine(u"^(?:till|för\\s+kännedom|för\\s+yttrande|kopia)\\b"_s, caseless);
    bool afterAddress = false;
    for (qsizetype i = 0; i + 1 < lines.size() && i < 40; ++i) {
        const CleanLine &line = lines.at(i);
        if (addressLine.match(line.text).hasMatch()) {
            afterAddress = true;
            continue;
        }
        if (!afterAddress || line.margin || BoardResolver::isBoardName(line.text))
            continue;
        const CleanLine &next = lines.at(i + 1);
        const QString text = line.text.simplified();
        const bool titleLike = text.size() <= 120 && text.count(u' ') >= 2 && !text.endsWith(u'.') && !text.endsWith(u':')
            && text.front().isUpper() && DateScanner::find(text).isEmpty();
        if (titleLike && line.breakBefore && next.breakBefore && next.text.size() > text.size())
            return text;
        if (line.breakBefore)
            return {};
    }
    return {};
}

QString DetailFinder::titlePartOf(const QString &running)
{
    // "Hällefors kommun – Kommunstyrelsens uppsikt över de kommunala bolagen – 2": the part that
    // is neither the municipality, the firm, a date nor the page number; the longest if several.
    static const QRegularExpression separator(u"\\s+[–—|-]\\s+|\\s{2,}"_s);
    static const QRegularExpression place(u"^(?:\\S+\\s+(?:kommun|stad)|region\\s+\\S+|\\S+\\s+läns\\s+landsting)$"_s, caseless);
    QString best;
    for (const QString &part : running.split(separator, Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (ReportText::isPageNumber(p) || place.match(p).hasMatch() || !DateScanner::find(p).isEmpty())
            continue;
        if (p.size() > best.size())
            best = p;
    }
    return best.isEmpty() ? running : best;
}

void DetailFinder::findTitle(ImportedReport &report, const QList<CleanLine> &lines, const QList<CleanLine> &running,
                             const QString &titleBesideReference)
{
    // The cover letter's subject line with the reference, a line that begins like a title
    // ("Granskning av ..."), or the running header that repeats it.
    if (titleBesideReference.count(u' ') >= 1) {
        report.title = titleBesideReference;
        return;
    }
    for (const CleanLine &line : lines) {
        if (line.text.size() <= 150 && titleStartPattern().match(line.text).hasMatch() && !line.text.endsWith(u'.')) {
            QString t = line.text;
            if (!report.reference.isEmpty())
                t.remove(report.reference);
            // "Revisionsrapport" alone names the kind of document, not the audit.
            static const QRegularExpression prefix(u"^(?:granskningsrapport|revisionsrapport)\\b\\s*[:–-]?\\s*"_s, caseless);
            t.remove(prefix);
            t = t.simplified();
            if (t.count(u' ') < 1)
                continue;
            report.title = t;
            return;
        }
    }
    if (!report.title.isEmpty())
        return;
    report.title = subjectLine(lines);
    if (!report.title.isEmpty())
        return;
    QHash<QString, int> count;
    for (const CleanLine &line : running) {
        const QString part = titlePartOf(line.text);
        if (titleStartPattern().match(part).hasMatch() || (DateScanner::find(part).isEmpty() && part.count(u' ') >= 2))
            ++count[part];
    }
    if (count.isEmpty())
        return;
    auto best = std::max_element(count.cbegin(), count.cend());
    report.title = best.key();
    // A running header that reads like a title is one; anything else may not be.
    if (!titleStartPattern().match(report.title).hasMatch())
        report.notes.append(tr("The audit's title was taken from the page headers: check it."));
}

// A date that belongs to what was audited, not to when: "Granskning av bokslut per
// 2020-12-31", "delårsrapport t.o.m. 2021-08-31", a period "2021-01-01–2021-06-30".
bool DetailFinder::isSubjectDate(QStringView text, const DateScanner::Found &date)
{
    static const QRegularExpression before(u"(?:\\bper|\\bt\\.?\\s?o\\.?\\s?m\\.?|\\btill\\s+och\\s+med|\\bfr\\.?\\s?o\\.?\\s?m\\.?|"
                                           "\\bfrån\\s+och\\s+med|\\bfrån|\\d\\s*[–-])\\s*$"_s,
                                           caseless);
    static const QRegularExpression after(u"^\\s*(?:[–-]|\\btill\\b)\\s*\\d"_s, caseless);
    return before.match(text.first(date.start)).hasMatch() || after.match(text.sliced(date.end)).hasMatch();
}

QString DetailFinder::findReportDate(const QList<CleanLine> &lines, const QList<CleanLine> &running)
{
    // The date the running headers repeat, a date in a page header on too few pages to count
    // as running, a "Datum:" line, or the date on the report's cover under "Rapport".
    QHash<QDate, int> count;
    for (const CleanLine &line : running) {
        for (const auto &found : DateScanner::find(line.text)) {
            if (!isSubjectDate(line.text, found))
                ++count[found.date];
        }
    }
    QDate best;
    int most = 1;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > most || (it.value() == most && best.isValid() && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    if (best.isValid())
        return isoDate(best);

    for (const CleanLine &line : lines) {
        const auto dates = DateScanner::find(line.text);
        if (line.margin && !line.footnote && dates.size() == 1 && !isSubjectDate(line.text, dates.first()))
            return isoDate(dates.first().date);
    }

    static const QRegularExpression dated(u"^(?:datum|rapportdatum|daterad)\\s*:?\\s*(.+)$"_s, caseless);
    static const QRegularExpression cover(u"^(?:rapport|granskningsrapport|revisionsrapport)\\b"_s, caseless);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const auto m = dated.match(lines.at(i).text); m.hasMatch()) {
            if (const auto day = DateScanner::parseWhole(m.captured(1)))
                return isoDate(*day);
        } else if (cover.match(lines.at(i).text).hasMatch()) {
            for (qsizetype j = i + 1; j < std::min(lines.size(), i + 9); ++j) {
                if (const auto day = DateScanner::parseWhole(lines.at(j).text))
                    return isoDate(*day);
            }
        }
    }
    const QDate letter = letterDate(lines);
    return letter.isValid() ? isoDate(letter) : QString();
}

QDate DetailFinder::letterDate(const QList<CleanLine> &lines)
{
    // At the letter's head: alone on its line or after the place ("Gävle 2025-05-07", "Luleå
    // den 3 mars 2025").
    static const QRegularExpression place(u"^(?:\\p{Lu}[\\p{L}-]*\\s*){0,3},?\\s*$"_s,
                                          QRegularExpression::UseUnicodePropertiesOption);
    for (qsizetype i = 0; i < std::min(lines.size(), qsizetype(15)); ++i) {
        const QString &text = lines.at(i).text;
        const auto dates = DateScanner::find(text);
        if (dates.size() == 1 && text.mid(dates.first().end).trimmed().isEmpty()
            && place.match(text.first(dates.first().start)).hasMatch())
            return dates.first().date;
    }
    return {};
}

void DetailFinder::findDetailsInSentences(ImportedReport &report) const
{
    QString anyAuditor;
    // The firm that made the audit is who audited, before the auditors it worked for: the one
    // a sentence says audited ("KPMG har på uppdrag av revisorerna granskat"), else the one
    // the report names most, its running header or footer included.
    static const QRegularExpression audited(u"\\b(?:granskat|granskats|granskning|uppdrag|med\\s+hjälp\\s+av|genomförts|genomfört)\\b"_s,
                                            caseless);
    QString auditingFirm;
    QHash<QString, int> firmMentions;
    for (const CleanLine &line : m_text.runningLines()) {
        if (const QString firm = firmIn(line.text); !firm.isEmpty())
            ++firmMentions[firm];
    }
    for (const ReportBlock &block : m_text.blocks()) {
        const QString &text = block.text;
        if (block.kind != ReportBlock::Kind::Heading && report.conclusion.isEmpty() && isOverallAssessment(text))
            report.conclusion = text;
        if (report.recipient.isEmpty())
            report.recipient = recipientIn(text);
        if (block.kind == ReportBlock::Kind::Heading)
            continue;
        for (const QString &sentence : sentences(text)) {
            if (report.decisionDate.isEmpty())
                report.decisionDate = decisionDateIn(sentence);
            if (report.auditor.isEmpty())
                report.auditor = auditorIn(sentence);
            if (anyAuditor.isEmpty())
                anyAuditor = auditorBodyIn(sentence);
            if (const QString firm = firmIn(sentence); !firm.isEmpty()) {
                ++firmMentions[firm];
                if (auditingFirm.isEmpty() && audited.match(sentence).hasMatch())
                    auditingFirm = firm;
            }
            if (report.submitTo.isEmpty())
                report.submitTo = submitAddressIn(sentence);
            if (report.followUpPeriod.from.isEmpty())
                report.followUpPeriod = followUpPeriodIn(sentence);
        }
    }
    if (auditingFirm.isEmpty()) {
        int most = 0;
        for (auto it = firmMentions.cbegin(); it != firmMentions.cend(); ++it) {
            if (it.value() > most || (it.value() == most && it.key() < auditingFirm)) {
                auditingFirm = it.key();
                most = it.value();
            }
        }
    }
    if (!auditingFirm.isEmpty())
        report.auditor = auditingFirm;
    if (report.auditor.isEmpty())
        report.auditor = anyAuditor;
}

QString DetailFinder::firmIn(const QString &text)
{
    // The firms that audit Swedish municipalities, by the names they sign with; the city's own
    // revision office is found as an auditor by name (auditorIn).
    static const QRegularExpression firm(
        u"\\b(KPMG|PwC|(?:Öhrlings\\s+)?PricewaterhouseCoopers|EY|Ernst\\s*&\\s*Young|Deloitte|Grant\\s+Thornton|BDO)\\b"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const auto m = firm.match(text);
    if (!m.hasMatch())
        return {};
    const QString name = m.captured(1).simplified();
    if (name.endsWith(u"PricewaterhouseCoopers"_s))
        return u"PwC"_s;
    if (name.startsWith(u"Ernst"_s))
        return u"EY"_s;
    return name;
}

bool DetailFinder::isOverallAssessment(const QString &text)
{
    static const QRegularExpression overall(u"\\b(?:sammanfattande|samlade|samlad|sammantagna|övergripande)\\s+bedömning"_s,
                                            caseless);
    return overall.match(text).hasMatch() && text.size() >= 40;
}

QString DetailFinder::recipientIn(const QString &text)
{
    static const QRegularExpression recipient(
        u"\\b(?:vara|är)\\s+(revisorskollegiet|kommunrevisionen|stadsrevisionen|regionrevisionen|revisorerna)\\s+tillhanda"
        "|\\byttrande(?:t|n|na)?\\s+till\\s+(revisorskollegiet|kommunrevisionen|stadsrevisionen|regionrevisionen|revisorerna)"
        "|\\b(?:skickas|lämnas|sändas|ställas|inkomma)\\s+till\\s+(revisorskollegiet|kommunrevisionen|stadsrevisionen|"
        "regionrevisionen|revisorerna)"_s,
        caseless);
    const auto m = recipient.match(text);
    if (!m.hasMatch())
        return {};
    QString who = m.captured(1);
    if (who.isEmpty())
        who = m.captured(2);
    if (who.isEmpty())
        who = m.captured(3);
    return capitalised(who.toLower());
}

QString DetailFinder::decisionDateIn(const QString &sentence)
{
    // "beslutade den 12 mars", but not a due date's "senast den ...".
    static const QRegularExpression decided(u"\\b(?:behandlade|beslutade|beslöt|sammanträde\\w*)\\b"_s, caseless);
    if (deadlineWordPattern().match(sentence).hasMatch())
        return {};
    const auto m = decided.match(sentence);
    if (!m.hasMatch())
        return {};
    for (const auto &found : DateScanner::find(sentence)) {
        if (std::abs(found.start - m.capturedStart()) <= 60)
            return isoDate(found.date);
    }
    return {};
}

QString DetailFinder::auditorIn(const QString &sentence)
{
    static const QRegularExpression auditorByAssignment(
        u"på\\s+uppdrag\\s+av\\s+(?:de\\s+)?(?:förtroendevalda\\s+)?([^.,;]*?(?:revision|revisor)\\p{L}*"
        "(?:\\s+i\\s+\\p{Lu}\\p{L}+(?:\\s+(?:kommun|stad|region))?)?)(?=\\s|[.,;]|$)"_s,
        caseless);
    static const QRegularExpression auditorByName(u"(\\p{Lu}\\p{L}+\\s+(?:stads|kommun|region)revision(?:en)?)\\b"_s,
                                                  QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = auditorByAssignment.match(sentence); m.hasMatch())
        return capitalised(m.captured(1).simplified());
    if (const auto n = auditorByName.match(sentence); n.hasMatch())
        return n.captured(1);
    return {};
}

QString DetailFinder::auditorBodyIn(const QString &sentence)
{
    // The auditors named as a body, for when no sentence says on whose behalf the audit was made.
    static const QRegularExpression auditorBody(
        u"\\b(Revisorskollegiet|Kommunrevisionen|Stadsrevisionen|Regionrevisionen|[Dd]e förtroendevalda revisorerna"
        "(?: i \\p{Lu}\\p{L}+(?: kommun| stad| region)?)?|Revisorerna i \\p{Lu}\\p{L}+(?: kommun| stad| region)?)\\b"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = auditorBody.match(sentence); m.hasMatch())
        return capitalised(m.captured(1));
    return {};
}

QString DetailFinder::submitAddressIn(const QString &sentence)
{
    static const QRegularExpression email(u"[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+"_s,
                                          QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression sendWord(u"\\b(?:skickas|sändas|lämnas|mejlas|e-post|mejl|e-postadress)\\b"_s, caseless);
    if (!sendWord.match(sentence).hasMatch())
        return {};
    if (const auto m = email.match(sentence); m.hasMatch())
        return m.captured();
    return {};
}

Period DetailFinder::followUpPeriodIn(const QString &sentence)
{
    static const QRegularExpression followUp(u"\\buppföljande\\b|\\buppföljning"_s, caseless);
    static const QRegularExpression period(
        u"\\b(?:vidtagits|vidtagit|vidtas|genomförts|genomfört|genomförs)\\s+under\\s+(?:perioden\\s+|år\\s+)?(\\d{4})"
        "(?:\\s*[-–/]\\s*(\\d{4}))?(?!\\d|-\\d)"_s,
        caseless);
    Period found;
    if (!followUp.match(sentence).hasMatch())
        return found;
    if (const auto m = period.match(sentence); m.hasMatch()) {
        const int from = m.captured(1).toInt();
        const int to = m.hasCaptured(2) ? m.captured(2).toInt() : from;
        if (to >= from && to - from <= 5) {
            found.from = isoDate(QDate(from, 1, 1));
            found.to = isoDate(QDate(to, 12, 31));
        }
    }
    return found;
}

void DetailFinder::findDueDates(ImportedReport &report, const BoardResolver &boards) const
{
    // The letter's date (else the report's) tells the year of a due date written without one.
    QDate sent = letterDate(m_text.lines());
    if (!sent.isValid())
        sent = QDate::fromString(report.decisionDate, Qt::ISODate);
    if (!sent.isValid())
        sent = QDate::fromString(report.reportDate, Qt::ISODate);
    QList<FoundDate> found;
    QString context; // the board a section of the letter is about (a template per board)
    for (const ReportBlock &block : m_text.blocks()) {
        if (block.margin)
            continue;
        if (block.kind != ReportBlock::Kind::ListItem && BoardResolver::isBoardName(block.text)) {
            const QString board = boards.canonical(block.text);
            if (report.addressees.isEmpty() || boards.match(block.text))
                context = board;
            continue;
        }
        if (block.kind == ReportBlock::Kind::Heading)
            continue;
        for (const QString &sentence : sentences(block.text))
            found += dueDatesIn(sentence, block.page, context, report.addressees, boards, sent);
    }
    QList<FoundDate> chosen = onePerBoardAndRound(found, report);
    for (const FoundDate &c : std::as_const(chosen)) {
        if (c.yearless) {
            // A text file without pages has no page to point at (page 0).
            report.notes.append(c.page > 0 ? tr("The due date on page %1 is written without a year; %2, the first such day "
                                                "after the letter's date %3, was used: check it.")
                                                 .arg(c.page)
                                                 .arg(isoDate(c.date), isoDate(sent))
                                           : tr("The due date is written without a year; %1, the first such day after the "
                                                "letter's date %2, was used: check it.")
                                                 .arg(isoDate(c.date), isoDate(sent)));
            break;
        }
    }
    if (std::any_of(chosen.cbegin(), chosen.cend(), [](const FoundDate &c) { return c.priority == 1; })
        && report.addressees.size() > 1)
        report.notes.append(tr("A due date names no board; it was taken for every board addressed: check it."));
    sortInLetterOrder(chosen, report.boards());
    for (const FoundDate &c : std::as_const(chosen))
        report.dueDates.append({c.board, c.round, c.date});
}

QList<DateScanner::Found> DetailFinder::statementDueDatesIn(const QString &sentence, QDate sent)
{
    static const QRegularExpression aboutStatement(
        u"\\b(?:yttrande\\w*|yttra\\w*|svar\\w*|besvara\\w*|inkomma|tillhanda)\\b"
        "|\\bredovis\\w*\\s+(?:av\\s+)?(?:de\\s+)?(?:vidtagna|genomförda)\\s+åtgärder"_s,
        caseless);
    // A date after these words is when something happened, not when the statement is due.
    static const QRegularExpression notDue(
        u"(?:sammanträde\\w*|beslut\\w*|daterad\\w*|reviderad\\w*|reviderat|antagen|antogs|från|inkom|skickades)\\s+(?:den\\s+)?$"_s,
        caseless);
    if (!deadlineWordPattern().match(sentence).hasMatch() || !aboutStatement.match(sentence).hasMatch())
        return {};
    QList<DateScanner::Found> dates = DateScanner::find(sentence, sent);
    dates.removeIf([&](const DateScanner::Found &d) {
        return notDue.match(QStringView(sentence).first(d.start)).hasMatch();
    });
    return dates;
}

QList<QStringList> DetailFinder::boardsRightAfter(const QString &sentence, const QList<DateScanner::Found> &dates,
                                                  const BoardResolver &boards,
                                                  QList<std::pair<qsizetype, qsizetype>> &spans)
{
    // "2025-03-31 (servicenämnden)", "senast 2022-01-31 beträffande servicenämnden".
    static const QRegularExpression parenthesis(u"^\\s*\\(([^)]{2,80})\\)"_s);
    static const QRegularExpression concerning(
        u"^\\s*(?:beträffande|avseende|för|gällande|när\\s+det\\s+gäller|från|av)\\s+((?:\\S+\\s*){1,6})"_s, caseless);
    QList<QStringList> attached(dates.size());
    for (qsizetype d = 0; d < dates.size(); ++d) {
        const qsizetype end = dates.at(d).end;
        const QStringView after = QStringView(sentence).sliced(end);
        if (const auto m = parenthesis.match(after); m.hasMatch()) {
            attached[d] = boards.boardsIn(m.capturedView(1));
            if (!attached.at(d).isEmpty())
                spans.append({end + m.capturedStart(), end + m.capturedEnd()});
        } else if (const auto c = concerning.match(after); c.hasMatch()) {
            const auto mentions = boards.mentions(c.capturedView(1));
            if (!mentions.isEmpty() && mentions.first().start == 0 && !mentions.first().board.isEmpty()) {
                attached[d] = {mentions.first().board};
                spans.append({end + c.capturedStart(1), end + c.capturedStart(1) + mentions.first().end});
            }
        }
    }
    return attached;
}

QList<DetailFinder::FoundDate> DetailFinder::dueDatesIn(const QString &sentence, int page, const QString &context,
                                                        const QStringList &addressees, const BoardResolver &boards,
                                                        QDate sent)
{
    const QList<DateScanner::Found> dates = statementDueDatesIn(sentence, sent);
    if (dates.isEmpty())
        return {};
    static const QRegularExpression followUp(
        u"\\buppföljande\\b|\\buppföljning\\w*|\\bandra\\s+yttrande\\w*|\\bkompletterande\\s+yttrande"
        "|\\b(?:vidtagna|genomförda)\\s+åtgärder"_s,
        caseless);
    const StatementKind round = followUp.match(sentence).hasMatch() ? StatementKind::FollowUp : StatementKind::First;

    QList<std::pair<qsizetype, qsizetype>> attachedSpans;
    const QList<QStringList> attached = boardsRightAfter(sentence, dates, boards, attachedSpans);
    // The boards named elsewhere in the sentence, in the order named.
    QList<BoardResolver::Mention> mentioned;
    for (const auto &m : boards.mentions(sentence)) {
        const bool inAttached = std::any_of(attachedSpans.cbegin(), attachedSpans.cend(),
                                            [&](const auto &span) { return m.start >= span.first && m.end <= span.second; });
        if (!inAttached && !m.board.isEmpty())
            mentioned.append(m);
    }
    QStringList mentionedBoards;
    for (const auto &m : std::as_const(mentioned)) {
        if (!mentionedBoards.contains(m.board))
            mentionedBoards.append(m.board);
    }

    QList<FoundDate> found;
    QList<qsizetype> open;
    for (qsizetype d = 0; d < dates.size(); ++d) {
        if (!attached.at(d).isEmpty()) {
            for (const QString &b : attached.at(d))
                found.append({b, round, dates.at(d).date, 3, page, dates.at(d).yearless});
        } else {
            open.append(d);
        }
    }
    if (open.isEmpty())
        return found;
    if (!mentionedBoards.isEmpty()) {
        if (open.size() == 1) {
            for (const QString &b : std::as_const(mentionedBoards))
                found.append({b, round, dates.at(open.first()).date, 3, page, dates.at(open.first()).yearless});
        } else if (open.size() == mentionedBoards.size()) {
            // "kommunstyrelsen och servicenämnden ... senast D1 respektive D2"
            for (qsizetype k = 0; k < open.size(); ++k)
                found.append({mentionedBoards.at(k), round, dates.at(open.at(k)).date, 3, page, dates.at(open.at(k)).yearless});
        } else {
            // "från kommunstyrelsen senast D1 och från äldrenämnden och omsorgsnämnden senast
            // D2": each date is the boards' named between the date before it and it; else the
            // nearest board named before it.
            for (qsizetype k = 0; k < open.size(); ++k) {
                const qsizetype d = open.at(k);
                const qsizetype from = d > 0 ? dates.at(d - 1).end : 0;
                QStringList between;
                QString nearest;
                for (const auto &m : std::as_const(mentioned)) {
                    if (m.start >= from && m.start < dates.at(d).start && !between.contains(m.board))
                        between.append(m.board);
                    if (m.start < dates.at(d).start)
                        nearest = m.board;
                }
                if (between.isEmpty() && !nearest.isEmpty())
                    between.append(nearest);
                for (const QString &b : std::as_const(between))
                    found.append({b, round, dates.at(d).date, 3, page, dates.at(d).yearless});
            }
        }
    } else if (!context.isEmpty()) {
        for (const qsizetype d : std::as_const(open))
            found.append({context, round, dates.at(d).date, 2, page, dates.at(d).yearless});
    } else {
        for (const qsizetype d : std::as_const(open)) {
            for (const QString &b : addressees)
                found.append({b, round, dates.at(d).date, 1, page, dates.at(d).yearless});
            // A letter that names no board still says when the answer is due: for whichever
            // board answers.
            if (addressees.isEmpty())
                found.append({QString(), round, dates.at(d).date, 0, page, dates.at(d).yearless});
        }
    }
    return found;
}

QList<DetailFinder::FoundDate> DetailFinder::onePerBoardAndRound(const QList<FoundDate> &found, ImportedReport &report)
{
    // The most certain date wins; a different date elsewhere is worth a look.
    QList<FoundDate> chosen;
    for (const FoundDate &f : found) {
        auto it = std::find_if(chosen.begin(), chosen.end(),
                               [&](const FoundDate &c) { return c.board == f.board && c.round == f.round; });
        if (it == chosen.end()) {
            chosen.append(f);
            continue;
        }
        if (it->date == f.date)
            continue;
        const QString round = f.round == StatementKind::First ? tr("first statement") : tr("follow-up statement");
        if (f.priority > it->priority) {
            report.notes.append(tr("%1's %2 is due %3 by one passage and %4 by another; %3 was used, "
                                   "since that passage names the board.")
                                    .arg(f.board, round, isoDate(f.date), isoDate(it->date)));
            *it = f;
        } else {
            report.notes.append(tr("%1's %2 is due %3 by one passage and %4 by another; %3 was used: check it.")
                                    .arg(f.board, round, isoDate(it->date), isoDate(f.date)));
        }
    }
    return chosen;
}

void DetailFinder::sortInLetterOrder(QList<FoundDate> &dates, const QStringList &order)
{
    // First statements, then follow-ups; boards in the order the letter lists them.
    std::stable_sort(dates.begin(), dates.end(), [&](const FoundDate &a, const FoundDate &b) {
        if (a.round != b.round)
            return a.round == StatementKind::First;
        const qsizetype ia = order.indexOf(a.board);
        const qsizetype ib = order.indexOf(b.board);
        return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
    });
}

} // namespace yttra
