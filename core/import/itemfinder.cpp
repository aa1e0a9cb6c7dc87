// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemfinder.h"

#include "detailfinder.h"
#include "textdistance.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption
    | QRegularExpression::UseUnicodePropertiesOption;

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

/// A list item as an item's text: without the list's own punctuation (", samt", ";").
QString itemText(const QString &text)
{
    static const QRegularExpression listEnd(u"(?:\\s*[,;]\\s*(?:och|samt|eller)?|\\s+(?:och|samt))\\s*$"_s, caseless);
    QString t = text.simplified();
    t.remove(listEnd);
    return t.trimmed();
}

bool endsIntro(const QString &text)
{
    static const QRegularExpression attAtEnd(u"\\batt$"_s, caseless);
    return text.endsWith(u':') || attAtEnd.match(text).hasMatch();
}

const QRegularExpression &questionIntro()
{
    static const QRegularExpression re(
        u"svar\\s+på\\s+följande|besvara\\s+följande|följande\\s+frågor|frågor(?:na)?\\s+nedan|"
        "besvara\\s+(?:nedanstående|dessa)|skriftligt\\s+svar|svar\\s+på\\s+(?:nedanstående|dessa)\\s+frågor|"
        "besvarar\\s+följande"_s,
        caseless);
    return re;
}

const QRegularExpression &recommendationWord()
{
    static const QRegularExpression re(u"\\brekommender(?:ar|as|a)\\b|\\brekommendation(?:en|er|erna)?\\b|\\bföreslår\\b"_s,
                                       caseless);
    return re;
}

const QRegularExpression &recommendationHeading()
{
    static const QRegularExpression re(u"^rekommendation\\s+(\\d{1,2}|[ivx]{1,4})\\s*[:.)–-]?\\s*(.*)$"_s, caseless);
    return re;
}

bool isRecommendationChapter(const QString &heading)
{
    static const QRegularExpression re(
        u"^(?:(?:våra|revisionens|revisorernas|granskningens|sammanfattande|samlade)\\s+)?"
        "rekommendation(?:er|erna)?(?:\\s+(?:till|för)\\s+.+)?$"_s,
        caseless);
    return re.match(heading).hasMatch();
}

bool isAssessmentHeading(const QString &heading)
{
    static const QRegularExpression re(
        u"^(?:(?:revisionell|revisionella|vår|våra|sammanfattande|samlad|samlade|övergripande|revisorernas)\\s+)?"
        "bedömning(?:ar|en)?(?:\\s+(?:och|samt)\\s+rekommendation(?:er)?)?$"_s,
        caseless);
    return re.match(heading).hasMatch();
}

/// The words of a "Rekommendation N: ..." heading are the recommendation itself when they
/// say what to do; otherwise they are a title and the text follows.
bool isRecommendationWording(const QString &text)
{
    static const QRegularExpression verb(
        u"\\b(?:bör|ska|skall|att|säkerställ\\w*|ta\\s+fram|upprätta\\w*|besluta\\w*|etablera\\w*|tydliggör\\w*|"
        "utveckla\\w*|genomför\\w*|se\\s+till|inför\\w*|tillse|förbättra\\w*|stärk\\w*|följa\\s+upp)\\b"_s,
        caseless);
    return text.size() > 40 || verb.match(text).hasMatch();
}

enum class Status { None, Remains, Done };

/// What a follow-up audit says of a recommendation: "Rekommendationen kvarstår",
/// "Rekommendation 2 är åtgärdad", "Status: Delvis åtgärdad". The number, when given.
Status statusOf(const QString &text, QString *number)
{
    static const QRegularExpression remains(
        u"\\brekommendation(?:en)?(?:\\s+(\\d{1,2}))?\\s+(?:bedöms\\s+)?(?:(?:därmed|därför|fortfarande|alltjämt)\\s+)?"
        "(?:kvarstå(?:r)?|ej\\s+åtgärdad|inte\\s+åtgärdad|delvis\\s+åtgärdad)\\b"
        "|^(?:status|bedömning|kommentar)?\\s*:?\\s*(?:kvarstår|ej\\s+åtgärdad|inte\\s+åtgärdad|delvis\\s+åtgärdad)\\.?$"_s,
        caseless);
    static const QRegularExpression done(
        u"\\brekommendation(?:en)?(?:\\s+(\\d{1,2}))?\\s+(?:är|har(?:\\s+blivit)?|bedöms(?:\\s+vara)?)\\s+(?:nu\\s+)?(?:helt\\s+)?"
        "(?:åtgärdad|genomförd|tillgodosedd|omhändertagen|hanterad|uppfylld)\\b"
        "|^(?:status|bedömning)?\\s*:?\\s*(?:åtgärdad|genomförd|avslutad|uppfylld)\\.?$"_s,
        caseless);
    if (const auto m = remains.match(text); m.hasMatch()) {
        *number = m.captured(1);
        return Status::Remains;
    }
    if (const auto m = done.match(text); m.hasMatch()) {
        *number = m.captured(1);
        return Status::Done;
    }
    return Status::None;
}

/// One pass over the blocks, with what the text so far has set up: a list's introduction,
/// a recommendations chapter, a "Rekommendation N" heading, a "Bedömning" section.
class Scanner
{
public:
    Scanner(const ReportText &text, BoardResolver &boards, QStringList &notes)
        : m_text(text), m_boards(boards), m_notes(notes)
    {
    }

    QList<ImportCandidate> run()
    {
        for (const ReportBlock &block : m_text.blocks()) {
            if (block.margin)
                continue;
            switch (block.kind) {
            case ReportBlock::Kind::Heading:
                heading(block);
                break;
            case ReportBlock::Kind::Paragraph:
                paragraph(block);
                break;
            case ReportBlock::Kind::ListItem:
                listItem(block);
                break;
            }
        }
        finishAssessment();
        return m_found;
    }

private:
    struct List
    {
        ItemKind kind = ItemKind::Recommendation;
        QStringList boards;
        bool remains = false;
        bool done = false;
        bool questionParagraphs = false;
        qsizetype last = -1;
    };

    struct PendingRecommendation
    {
        QString number;
        QStringList boards;
    };

    struct Assessment
    {
        QStringList parts;
        const ReportBlock *block = nullptr;
        bool lastWasItem = false;
    };

    static ImportPlace placeOf(const ReportBlock &block)
    {
        return {block.page, block.sectionNumber.isEmpty() ? block.heading : block.sectionNumber, block.heading};
    }

    /// Boards named, else the report's only board; else none (the caller notes it).
    QStringList resolved(const QStringList &named) const
    {
        if (!named.isEmpty())
            return named;
        if (m_boards.known().size() == 1)
            return m_boards.known();
        return {};
    }

    void learn(const QStringList &boards)
    {
        for (const QString &b : boards)
            m_boards.add(b);
    }

    qsizetype add(ItemKind kind, const QString &text, const ReportBlock &block, const QStringList &boards,
                  const QString &number = {}, bool remains = false, bool selected = true)
    {
        // A list item continues its introduction ("rekommenderas nämnden att: • säkerställa
        // ..."); as an item of its own it begins with a capital.
        const QString t = kind == ItemKind::Assessment ? text.trimmed() : capitalised(itemText(text));
        if (t.size() < 3)
            return -1;
        ImportCandidate c;
        c.kind = kind;
        c.boards = boards;
        c.text = t;
        c.number = number;
        c.remains = remains;
        c.selected = selected && kind != ItemKind::Assessment;
        c.places = {placeOf(block)};
        m_found.append(c);
        if (kind == ItemKind::Recommendation)
            m_lastRecommendation = m_found.size() - 1;
        return m_found.size() - 1;
    }

    /// "Utifrån ... rekommenderar vi kommunstyrelsen att:", "vill vi ha ett skriftligt svar
    /// på följande:", "Följande rekommendationer kvarstår:".
    std::optional<List> introOf(const QString &text) const
    {
        if (!endsIntro(text))
            return std::nullopt;
        List list;
        // "Granskningen ska besvara följande revisionsfrågor:" are the audit's own questions.
        static const QRegularExpression auditQuestions(u"revisionsfråg|granskningen\\s+(?:ska|skall)\\s+besvara"_s, caseless);
        if (questionIntro().match(text).hasMatch() && !auditQuestions.match(text).hasMatch()) {
            list.kind = ItemKind::Question;
            list.questionParagraphs = true;
            list.boards = m_boards.boardsIn(text);
            return list;
        }
        if (!recommendationWord().match(text).hasMatch())
            return std::nullopt;
        static const QRegularExpression remains(u"\\bkvarstår\\b|\\bkvarstående\\b"_s, caseless);
        static const QRegularExpression done(u"\\b(?:har\\s+(?:genomförts|åtgärdats)|är\\s+(?:åtgärdade|genomförda))\\b"_s,
                                             caseless);
        list.remains = remains.match(text).hasMatch();
        list.done = !list.remains && done.match(text).hasMatch();
        static const QRegularExpression object(
            u"(?:rekommenderar\\s+(?:vi|revisorerna|revisionen|kommunrevisionen|stadsrevisionen)|"
            "(?:vi|revisorerna|revisionen)\\s+rekommenderar|rekommenderas)\\s+"
            "(?:därför\\s+|även\\s+|också\\s+|vidare\\s+|slutligen\\s+)?(.+?)\\s+att\\s*:?$"_s,
            caseless);
        if (const auto m = object.match(text); m.hasMatch())
            list.boards = m_boards.split(m.capturedView(1));
        if (list.boards.isEmpty())
            list.boards = m_boards.boardsIn(text);
        return list;
    }

    void heading(const ReportBlock &block)
    {
        m_firstIndent = -1;
        m_lastItem = -1;
        finishAssessment();
        m_list.reset();
        m_pending.reset();
        const QString &h = block.heading;
        if (block.number.isEmpty() && recommendationHeading().match(block.text).hasMatch()) {
            const auto m = recommendationHeading().match(block.text);
            const QString rest = m.captured(2).trimmed();
            const QStringList named = m_boards.boardsIn(rest);
            if (!rest.isEmpty() && isRecommendationWording(rest)) {
                add(ItemKind::Recommendation, rest, block, resolved(named.isEmpty() ? m_chapterBoards : named), m.captured(1));
            } else {
                m_pending = PendingRecommendation{m.captured(1), named.isEmpty() ? m_chapterBoards : named};
            }
            return;
        }
        if (isAssessmentHeading(h)) {
            m_assessment = Assessment{{}, &block, false};
            m_chapter = false;
            return;
        }
        if (isRecommendationChapter(h)) {
            m_chapter = true;
            m_chapterBoards = m_boards.boardsIn(h);
            learn(m_chapterBoards);
            return;
        }
        if (m_chapter && BoardResolver::isBoardName(h)) {
            // "Kommunstyrelsen" as a sub-heading of the recommendations chapter.
            m_chapterBoards = {m_boards.canonical(h)};
            learn(m_chapterBoards);
            return;
        }
        m_chapter = false;
        m_chapterBoards.clear();
    }

    void paragraph(const ReportBlock &block)
    {
        m_firstIndent = -1;
        m_lastItem = -1;
        const QString &text = block.text;

        if (auto intro = introOf(text)) {
            finishAssessment();
            learn(intro->boards);
            if (intro->boards.isEmpty() && m_pending)
                intro->boards = m_pending->boards;
            if (intro->boards.isEmpty() && m_chapter)
                intro->boards = m_chapterBoards;
            intro->boards = resolved(intro->boards);
            m_list = intro;
            m_pending.reset();
            return;
        }
        if (m_list && m_list->questionParagraphs && text.endsWith(u'?')) {
            m_list->last = add(ItemKind::Question, text, block, resolved(m_list->boards.isEmpty() ? m_boards.boardsIn(text) : m_list->boards));
            return;
        }
        m_list.reset();

        if (m_pending) {
            const QStringList named = m_boards.boardsIn(text);
            add(ItemKind::Recommendation, text, block, resolved(named.isEmpty() ? m_pending->boards : named), m_pending->number);
            m_pending.reset();
            return;
        }

        // "Rekommendation 3: Kommunstyrelsen bör ..." as a paragraph of its own.
        if (const auto m = recommendationHeading().match(text); m.hasMatch() && isRecommendationWording(m.captured(2))) {
            const QStringList named = m_boards.boardsIn(m.captured(2));
            add(ItemKind::Recommendation, m.captured(2), block, resolved(named.isEmpty() ? m_chapterBoards : named), m.captured(1));
            return;
        }

        // "Bedömning: ..." as a labelled paragraph.
        static const QRegularExpression labelledAssessment(u"^(?:revisionell\\s+|vår\\s+)?bedömning\\s*:\\s*(.{20,})$"_s, caseless);
        if (const auto m = labelledAssessment.match(text); m.hasMatch()) {
            add(ItemKind::Assessment, m.captured(1), block, assessmentBoards(m.captured(1)));
            return;
        }

        bool foundInline = false;
        for (const QString &sentence : DetailFinder::sentences(text))
            foundInline = inlineSentence(sentence, block) || foundInline;

        QString number;
        switch (statusOf(text, &number)) {
        case Status::Remains:
            if (const qsizetype i = target(number); i >= 0) {
                m_found[i].remains = true;
                m_found[i].selected = true;
            }
            break;
        case Status::Done:
            if (const qsizetype i = target(number); i >= 0 && !m_found.at(i).remains) {
                m_found[i].selected = false;
                m_notes.append(ItemFinder::tr("The recommendation at %1 is marked as done in the report, so it "
                                              "is not selected.").arg(ItemFinder::describe(m_found.at(i).places.first())));
            }
            break;
        case Status::None:
            break;
        }

        if (m_chapter && !foundInline) {
            if (BoardResolver::isBoardName(text)) {
                m_chapterBoards = {m_boards.canonical(text)};
                learn(m_chapterBoards);
                return;
            }
            // "Kommunstyrelsen bör säkerställa att ..." in the recommendations chapter.
            static const QRegularExpression boardShould(u"^(.{3,60}?)\\s+(?:bör|rekommenderas|behöver|ska|skall)\\s"_s, caseless);
            if (const auto m = boardShould.match(text); m.hasMatch()) {
                const QStringList named = m_boards.boardsIn(m.captured(1));
                if (!named.isEmpty()) {
                    add(ItemKind::Recommendation, text, block, named);
                    return;
                }
            }
        }

        if (m_assessment)
            appendToAssessment(text, false);
    }

    void listItem(const ReportBlock &block)
    {
        // An item set further in than the list's first item belongs to the item above it.
        if (m_firstIndent < 0)
            m_firstIndent = block.indent;
        if (m_lastItem >= 0 && block.indent >= m_firstIndent + 2) {
            m_found[m_lastItem].text += u"\n- "_s + itemText(block.text);
            return;
        }
        m_lastItem = -1;
        const qsizetype before = m_found.size();
        newItem(block);
        if (m_found.size() > before && m_found.last().kind != ItemKind::Assessment)
            m_lastItem = m_found.size() - 1;
    }

    void newItem(const ReportBlock &block)
    {
        if (m_list) {
            List &list = *m_list;
            QStringList boards = list.boards;
            if (boards.isEmpty())
                boards = resolved(m_boards.boardsIn(block.text));
            list.last = add(list.kind, block.text, block, boards, block.number, list.remains, !list.done);
            if (list.done && list.last >= 0)
                m_notes.append(ItemFinder::tr("The recommendation at %1 is listed as done in the report, so it is "
                                              "not selected.").arg(ItemFinder::describe(placeOf(block))));
            return;
        }
        if (m_pending) {
            const QStringList named = m_boards.boardsIn(block.text);
            add(ItemKind::Recommendation, block.text, block, resolved(named.isEmpty() ? m_pending->boards : named),
                m_pending->number);
            m_pending.reset();
            return;
        }
        if (m_chapter) {
            const QStringList named = m_boards.boardsIn(block.text);
            add(ItemKind::Recommendation, block.text, block, resolved(named.isEmpty() ? m_chapterBoards : named),
                block.number);
            return;
        }
        if (m_assessment)
            appendToAssessment(block.text, true);
    }

    /// "Vi rekommenderar därför kommunstyrelsen att säkerställa ...", "Den tidigare
    /// rekommendationen att ta fram en plan kvarstår."
    bool inlineSentence(const QString &sentence, const ReportBlock &block)
    {
        static const QRegularExpression recommends(
            u"(?:\\b(?:vi|revisorerna|revisionen|kommunrevisionen|stadsrevisionen)\\s+rekommenderar|\\brekommenderar\\s+"
            "(?:vi|revisorerna|revisionen))\\s+(?:därför\\s+|även\\s+|också\\s+|vidare\\s+|slutligen\\s+)?"
            "(.{3,80}?)\\s+att\\s+(.{10,})$"_s,
            caseless);
        static const QRegularExpression remains(
            u"\\b(?:den\\s+)?(?:tidigare\\s+)?rekommendation(?:en)?\\s+(?:om\\s+)?att\\s+(.{10,}?)\\s+kvarstår\\b"_s, caseless);
        if (const auto m = recommends.match(sentence); m.hasMatch()) {
            const QStringList boards = m_boards.split(m.capturedView(1));
            if (boards.isEmpty())
                return false;
            learn(boards);
            QString text = m.captured(2).trimmed();
            if (text.endsWith(u'.'))
                text.chop(1);
            add(ItemKind::Recommendation, capitalised(text), block, boards);
            return true;
        }
        if (const auto m = remains.match(sentence); m.hasMatch()) {
            add(ItemKind::Recommendation, capitalised(m.captured(1)), block,
                resolved(m_boards.boardsIn(m.captured(1)).isEmpty() ? m_chapterBoards : m_boards.boardsIn(m.captured(1))),
                {}, true);
            return true;
        }
        return false;
    }

    qsizetype target(const QString &number) const
    {
        if (!number.isEmpty()) {
            for (qsizetype i = m_found.size() - 1; i >= 0; --i) {
                if (m_found.at(i).kind == ItemKind::Recommendation && m_found.at(i).number == number)
                    return i;
            }
        }
        return m_lastRecommendation;
    }

    QStringList assessmentBoards(const QString &text) const
    {
        // An assessment concerns the boards it names, or the report's only board; naming none
        // in a report to several boards, it concerns them all.
        return resolved(m_boards.boardsIn(text));
    }

    void appendToAssessment(const QString &text, bool item)
    {
        Assessment &a = *m_assessment;
        if (item)
            a.parts.append((a.lastWasItem ? u"- "_s : u"\n- "_s) + text);
        else
            a.parts.append((a.parts.isEmpty() ? QString() : u"\n"_s) + text);
        a.lastWasItem = item;
    }

    void finishAssessment()
    {
        if (!m_assessment)
            return;
        const QString text = m_assessment->parts.join(u"\n"_s).trimmed();
        if (!text.isEmpty())
            add(ItemKind::Assessment, text, *m_assessment->block, assessmentBoards(text));
        m_assessment.reset();
    }

    const ReportText &m_text;
    BoardResolver &m_boards;
    QStringList &m_notes;
    QList<ImportCandidate> m_found;
    std::optional<List> m_list;
    std::optional<PendingRecommendation> m_pending;
    std::optional<Assessment> m_assessment;
    bool m_chapter = false;
    QStringList m_chapterBoards;
    qsizetype m_lastRecommendation = -1;
    double m_firstIndent = -1; // the current list's first item: deeper ones are its sub-items
    qsizetype m_lastItem = -1; // the candidate the current list last added
};

bool sameBoards(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    return std::all_of(a.cbegin(), a.cend(), [&b](const QString &x) { return b.contains(x, Qt::CaseInsensitive); });
}

} // namespace

QString ItemFinder::describe(const ImportPlace &place)
{
    if (place.page > 0 && !place.section.isEmpty())
        return tr("page %1, section %2").arg(place.page).arg(place.section);
    if (place.page > 0)
        return tr("page %1").arg(place.page);
    if (!place.section.isEmpty())
        return tr("section %1").arg(place.section);
    return tr("the beginning of the report");
}

bool ItemFinder::sameWording(const QString &a, const QString &b, bool *exact)
{
    const QString x = TextDistance::comparable(a);
    const QString y = TextDistance::comparable(b);
    if (exact)
        *exact = x == y;
    if (x == y)
        return true;
    const QString &shorter = x.size() < y.size() ? x : y;
    const QString &longer = x.size() < y.size() ? y : x;
    if (shorter.isEmpty())
        return false;
    // Cut short: a line lost at a page break ("... för systemdrift och nät").
    if (longer.startsWith(shorter) && shorter.size() >= 0.85 * double(longer.size()))
        return true;
    // A typo or two in a long text ("eskaleringsvägar" / "eskaleringvägar"); short texts
    // differing by a word are different items, and so are texts with other figures in them.
    static const QRegularExpression figures(u"\\d+"_s);
    QStringList xFigures;
    QStringList yFigures;
    for (auto it = figures.globalMatch(x); it.hasNext();)
        xFigures.append(it.next().captured());
    for (auto it = figures.globalMatch(y); it.hasNext();)
        yFigures.append(it.next().captured());
    if (xFigures != yFigures)
        return false;
    const int limit = int(0.03 * double(longer.size()));
    return limit >= 1 && TextDistance::levenshtein(x, y, limit) <= limit;
}

QList<ImportCandidate> ItemFinder::merged(const QList<ImportCandidate> &candidates, QStringList &notes)
{
    QList<ImportCandidate> out;
    for (const ImportCandidate &c : candidates) {
        // Two items of one list are two items, however alike; the same wording found in two
        // places (the summary and the conclusions) is one.
        auto same = std::find_if(out.begin(), out.end(), [&c](const ImportCandidate &o) {
            if (o.kind != c.kind || !sameBoards(o.boards, c.boards))
                return false;
            bool exact = false;
            if (!sameWording(o.text, c.text, &exact))
                return false;
            return exact || !o.places.contains(c.places.first());
        });
        if (same == out.end()) {
            out.append(c);
            continue;
        }
        bool exact = false;
        sameWording(same->text, c.text, &exact);
        if (!exact) {
            // The longer wording is the more complete one: extraction loses text more often
            // than it adds any.
            const bool takeNew = c.text.size() > same->text.size();
            notes.append(tr("The same text stands at %1 and at %2 with slightly different wording; the %3 one "
                            "was kept: check it.")
                             .arg(describe(same->places.first()), describe(c.places.first()),
                                  takeNew ? tr("second") : tr("first")));
            if (takeNew)
                same->text = c.text;
        }
        for (const ImportPlace &p : c.places) {
            if (!same->places.contains(p))
                same->places.append(p);
        }
        if (same->number.isEmpty())
            same->number = c.number;
        same->remains = same->remains || c.remains;
        same->selected = same->selected && c.selected;
    }
    return out;
}

QList<ImportCandidate> ItemFinder::find(QStringList &notes)
{
    QList<ImportCandidate> found = Scanner(m_text, m_boards, notes).run();
    return merged(found, notes);
}

} // namespace yttra
