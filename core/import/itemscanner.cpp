// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/itemscanner.h"

#include "import/detailfinder.h"
#include "import/itemfinder.h"

#include <QRegularExpression>

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

/// "Vi rekommenderar därför kommunstyrelsen att ...": the board(s), then what to do.
const QRegularExpression &recommendsPattern()
{
    static const QRegularExpression pattern(
        u"(?:\\b(?:vi|revisorerna|revisionen|kommunrevisionen|stadsrevisionen)\\s+rekommenderar|\\brekommenderar\\s+"
        "(?:vi|revisorerna|revisionen))\\s+(?:därför\\s+|även\\s+|också\\s+|vidare\\s+|slutligen\\s+)?"
        "(.{3,80}?)\\s+att\\s+(.{10,})$"_s,
        caseless);
    return pattern;
}

/// "Vi uppmanar kommunstyrelsen att ...", "Vi föreslår att äldrenämnden ...".
const QRegularExpression &urgesPattern()
{
    static const QRegularExpression pattern(
        u"(?:\\b(?:vi|revisorerna|revisionen|kommunrevisionen|stadsrevisionen)\\s+(?:uppmanar|föreslår)|"
        "\\b(?:uppmanar|föreslår)\\s+(?:vi|revisorerna|revisionen))\\s+(?:därför\\s+|även\\s+|också\\s+|vidare\\s+|slutligen\\s+)?"
        "(?:(att)\\s+)?(.{10,})$"_s,
        caseless);
    return pattern;
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
    static const QRegularExpression re(
        u"\\brekommender(?:ar|as|a)\\b|\\brekommendation(?:en|er|erna)?\\b|\\bföreslår\\b|\\buppmanar\\b|\\buppmanas\\b"_s,
        caseless);
    return re;
}

const QRegularExpression &recommendationHeadingPattern()
{
    static const QRegularExpression re(u"^rekommendation\\s+(\\d{1,2}|[ivx]{1,4})\\s*[:.)–-]?\\s*(.*)$"_s, caseless);
    return re;
}

/// Whether a list marker ("3.", "b)") is the one after `previous` in the same list.
bool followsMarker(const QString &previous, const QString &marker)
{
    if (previous.isEmpty() || marker.isEmpty() || previous.back() != marker.back())
        return false;
    const QString p = previous.chopped(1);
    const QString m = marker.chopped(1);
    bool pNumber = false;
    bool mNumber = false;
    const int pn = p.toInt(&pNumber);
    const int mn = m.toInt(&mNumber);
    if (pNumber && mNumber)
        return mn == pn + 1;
    return p.size() == 1 && m.size() == 1 && p.at(0).isLetter() && m.at(0).unicode() == p.at(0).unicode() + 1;
}

} // namespace

QList<ImportCandidate> ItemScanner::scan(const QList<ReportBlock> &blocks)
{
    for (const ReportBlock &block : blocks) {
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
        case ReportBlock::Kind::TableRow:
            tableRow(block);
            break;
        }
    }
    finishAssessment();
    return m_found;
}

bool ItemScanner::isRecommendationChapter(const QString &heading)
{
    static const QRegularExpression re(
        u"^(?:(?:våra|revisionens|revisorernas|granskningens|sammanfattande|samlade)\\s+)?"
        "rekommendation(?:er|erna)?(?:\\s+(?:till|för)\\s+.+)?$"_s,
        caseless);
    return re.match(heading).hasMatch();
}

bool ItemScanner::isAssessmentHeading(const QString &heading)
{
    static const QRegularExpression re(
        u"^(?:(?:revisionell|revisionella|vår|våra|sammanfattande|samlad|samlade|övergripande|revisorernas)\\s+)?"
        "bedömning(?:ar|en)?(?:\\s+(?:och|samt)\\s+rekommendation(?:er)?)?$"_s,
        caseless);
    return re.match(heading).hasMatch();
}

bool ItemScanner::isRecommendationWording(const QString &text)
{
    static const QRegularExpression verb(
        u"\\b(?:bör|ska|skall|att|säkerställ\\w*|ta\\s+fram|upprätta\\w*|besluta\\w*|etablera\\w*|tydliggör\\w*|"
        "utveckla\\w*|genomför\\w*|se\\s+till|inför\\w*|tillse|förbättra\\w*|stärk\\w*|följa\\s+upp)\\b"_s,
        caseless);
    return text.size() > 40 || verb.match(text).hasMatch();
}

bool ItemScanner::isChapterHeadingLine(const QString &text, bool continuesList)
{
    static const QRegularExpression sentenceEnd(u"[.!?:;,]$"_s);
    static const QRegularExpression verb(
        u"\\b(?:bör|ska|skall|kan|måste|behöver|är|var|har|hade|blir|finns|saknas|sker|görs|att|se\\s+till|"
        "säkerställ\\w*|ta\\s+fram|upprätta\\w*|besluta\\w*|inför\\w*|inled\\w*(?<!inledning)|tillse)\\b"_s,
        caseless);
    static const QRegularExpression chapterWord(
        u"^(?:inledning|bakgrund|syfte|revisionsfrågor|avgränsning(?:ar)?|metod|iakttagelser|"
        "(?:revisionell|samlad|sammanfattande|övergripande)\\s+bedömning|bedömning(?:ar)?|slutsats(?:er)?|"
        "rekommendationer|bilag(?:a|or)|sammanfattning|granskningsresultat)\\b"_s,
        caseless);
    const QString t = text.simplified();
    if (t.isEmpty() || t.size() > 60 || sentenceEnd.match(t).hasMatch() || verb.match(t).hasMatch())
        return false;
    if (chapterWord.match(t).hasMatch())
        return true;
    // A title: a capital, a few words; only where the list's numbering breaks off.
    return !continuesList && t.at(0).isUpper() && t.count(u' ') < 6;
}

ItemScanner::Status ItemScanner::statusOf(const QString &text, QString *number)
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

std::optional<ItemScanner::ListIntro> ItemScanner::introOf(const QString &text) const
{
    if (!endsIntro(text))
        return std::nullopt;
    ListIntro list;
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
        u"(?:(?:rekommenderar|uppmanar)\\s+(?:vi|revisorerna|revisionen|kommunrevisionen|stadsrevisionen)|"
        "(?:vi|revisorerna|revisionen)\\s+(?:rekommenderar|uppmanar)|rekommenderas|uppmanas)\\s+"
        "(?:därför\\s+|även\\s+|också\\s+|vidare\\s+|slutligen\\s+)?(.+?)\\s+att\\s*:?$"_s,
        caseless);
    if (const auto m = object.match(text); m.hasMatch())
        list.boards = m_boards.split(m.capturedView(1));
    if (list.boards.isEmpty())
        list.boards = m_boards.boardsIn(text);
    return list;
}

void ItemScanner::heading(const ReportBlock &block)
{
    m_firstIndent = -1;
    m_lastItem = -1;
    m_lastMarker.clear();
    finishAssessment();
    m_list.reset();
    m_pending.reset();
    if (recommendationHeading(block) || assessmentHeading(block) || chapterHeading(block))
        return;
    m_chapter = false;
    m_chapterBoards.clear();
}

bool ItemScanner::recommendationHeading(const ReportBlock &block)
{
    if (!block.number.isEmpty())
        return false;
    const auto m = recommendationHeadingPattern().match(block.text);
    if (!m.hasMatch())
        return false;
    const QString rest = m.captured(2).trimmed();
    if (!rest.isEmpty() && isRecommendationWording(rest)) {
        add(ItemKind::Recommendation, rest, block, namedOr(rest, m_chapterBoards), m.captured(1));
    } else {
        const QStringList named = m_boards.boardsIn(rest);
        m_pending = PendingRecommendation{m.captured(1), named.isEmpty() ? m_chapterBoards : named};
    }
    return true;
}

bool ItemScanner::assessmentHeading(const ReportBlock &block)
{
    if (!isAssessmentHeading(block.heading))
        return false;
    // A summary chapter ("Sammanfattande bedömning och rekommendationer") also tells why and
    // how the audit was made: only what judges is an assessment there.
    static const QRegularExpression summary(u"^(?:sammanfattande|samlad|samlade|sammantagen|övergripande)\\b"_s, caseless);
    m_assessment = Assessment{{}, &block, false, summary.match(block.heading).hasMatch()};
    m_chapter = false;
    return true;
}

bool ItemScanner::chapterHeading(const ReportBlock &block)
{
    const QString &h = block.heading;
    if (isRecommendationChapter(h)) {
        m_chapter = true;
        m_chapterBoards = m_boards.boardsIn(h);
    } else if (m_chapter && BoardResolver::isBoardName(h)) {
        // "Kommunstyrelsen" as a sub-heading of the recommendations chapter.
        m_chapterBoards = {m_boards.canonical(h)};
    } else {
        return false;
    }
    learn(m_chapterBoards);
    return true;
}

void ItemScanner::paragraph(const ReportBlock &block)
{
    m_firstIndent = -1;
    m_lastItem = -1;
    m_lastMarker.clear();
    if (listIntroduction(block) || questionParagraph(block))
        return;
    m_list.reset();
    if (pendingRecommendationText(block) || numberedRecommendation(block) || labelledAssessment(block))
        return;
    const bool foundInline = inlineRecommendations(block);
    // A status ends nothing: the paragraph saying it may go on with the assessment.
    followUpStatus(block.text);
    if (!foundInline && chapterParagraph(block))
        return;
    if (m_assessment) {
        // "Kommunstyrelsen har inte ..." / "Förskolenämnden har inte ...": a paragraph each
        // board begins is an assessment of its own.
        const auto mentions = m_boards.mentions(block.text);
        const bool opensWithBoard = !mentions.isEmpty() && mentions.first().start == 0 && !mentions.first().board.isEmpty();
        if (opensWithBoard && !m_assessment->parts.isEmpty()
            && !assessmentBoards(m_assessment->parts.join(u' ')).contains(mentions.first().board)) {
            const bool summary = m_assessment->summary;
            finishAssessment();
            m_assessment = Assessment{{}, &block, false, summary};
        }
        appendToAssessment(block, false);
    } else if (!foundInline) {
        judgedParagraph(block);
    }
}

void ItemScanner::judgedParagraph(const ReportBlock &block)
{
    // "Vi bedömer att socialnämnden inte säkerställer ..." outside a Bedömning section: the
    // auditors' judgement of a board, an assessment (the overall one is the conclusion).
    static const QRegularExpression judges(
        u"^(?:vi|revisorerna|revisionen)\\s+bedömer\\s+(?:därför\\s+|vidare\\s+|också\\s+)?att\\s+(.{10,})$"_s, caseless);
    const auto m = judges.match(block.text);
    if (!m.hasMatch() || DetailFinder::isOverallAssessment(block.text))
        return;
    // The board judged is the clause's subject ("att kommunstyrelsen inte har säkerställt att
    // ramavtalen täcker socialnämndens behov"), else every board it names.
    const auto mentions = m_boards.mentions(m.captured(1));
    const bool subject = !mentions.isEmpty() && mentions.first().start == 0 && !mentions.first().board.isEmpty();
    const QStringList boards = subject ? QStringList{mentions.first().board} : m_boards.boardsIn(m.captured(1));
    if (boards.isEmpty())
        return;
    add(ItemKind::Assessment, block.text, block, boards);
}

bool ItemScanner::listIntroduction(const ReportBlock &block)
{
    auto intro = introOf(block.text);
    if (!intro)
        return false;
    finishAssessment();
    learn(intro->boards);
    if (intro->boards.isEmpty() && m_pending)
        intro->boards = m_pending->boards;
    if (intro->boards.isEmpty() && m_chapter)
        intro->boards = m_chapterBoards;
    intro->boards = resolved(intro->boards);
    m_list = intro;
    m_pending.reset();
    return true;
}

bool ItemScanner::questionParagraph(const ReportBlock &block)
{
    const QString &text = block.text;
    if (!m_list || !m_list->questionParagraphs || !text.endsWith(u'?'))
        return false;
    m_list->last = add(ItemKind::Question, text, block, resolved(m_list->boards.isEmpty() ? m_boards.boardsIn(text) : m_list->boards));
    return true;
}

bool ItemScanner::pendingRecommendationText(const ReportBlock &block)
{
    if (!m_pending)
        return false;
    add(ItemKind::Recommendation, block.text, block, namedOr(block.text, m_pending->boards), m_pending->number);
    m_pending.reset();
    return true;
}

bool ItemScanner::numberedRecommendation(const ReportBlock &block)
{
    // "Rekommendation 3: Kommunstyrelsen bör ..." as a paragraph of its own.
    const auto m = recommendationHeadingPattern().match(block.text);
    if (!m.hasMatch() || !isRecommendationWording(m.captured(2)))
        return false;
    add(ItemKind::Recommendation, m.captured(2), block, namedOr(m.captured(2), m_chapterBoards), m.captured(1));
    return true;
}

bool ItemScanner::labelledAssessment(const ReportBlock &block)
{
    // "Bedömning: ..." as a labelled paragraph.
    static const QRegularExpression labelled(u"^(?:revisionell\\s+|vår\\s+)?bedömning\\s*:\\s*(.{20,})$"_s, caseless);
    const auto m = labelled.match(block.text);
    if (!m.hasMatch())
        return false;
    add(ItemKind::Assessment, m.captured(1), block, assessmentBoards(m.captured(1)));
    return true;
}

bool ItemScanner::inlineRecommendations(const ReportBlock &block)
{
    // In a paragraph that recommends, "Nämnden bör även ..." and "Kommunstyrelsen bör i samråd
    // med ... göra ..." say what else to do.
    const QStringList sentences = DetailFinder::sentences(block.text);
    const bool recommending = std::any_of(sentences.cbegin(), sentences.cend(), [](const QString &s) {
        return recommendsPattern().match(s).hasMatch() || urgesPattern().match(s).hasMatch();
    });
    bool found = false;
    QStringList lastBoards;
    for (const QString &sentence : sentences) {
        const qsizetype before = m_found.size();
        if (inlineSentence(sentence, block) || urgedSentence(sentence, block)
            || (recommending && shouldSentence(sentence, block, lastBoards))) {
            found = true;
            if (m_found.size() > before)
                lastBoards = m_found.last().boards;
        }
    }
    return found;
}

bool ItemScanner::shouldSentence(const QString &sentence, const ReportBlock &block, const QStringList &lastBoards)
{
    static const QRegularExpression should(
        u"^\\s*(?::s)?\\s+bör\\s+(?:därför\\s+|även\\s+|också\\s+|vidare\\s+|dessutom\\s+)?(.{10,})$"_s, caseless);
    const auto mentions = m_boards.mentions(sentence);
    if (mentions.isEmpty() || mentions.first().start != 0)
        return false;
    const auto m = should.match(QStringView(sentence).sliced(mentions.first().end));
    if (!m.hasMatch())
        return false;
    // "Nämnden" is the board the paragraph has just recommended to.
    const QStringList boards = mentions.first().board.isEmpty() ? lastBoards : QStringList{mentions.first().board};
    QString text = m.captured(1).trimmed();
    if (boards.isEmpty() || text.count(u' ') < 2)
        return false;
    if (text.endsWith(u'.'))
        text.chop(1);
    add(ItemKind::Recommendation, capitalised(text), block, boards);
    return true;
}

bool ItemScanner::inlineSentence(const QString &sentence, const ReportBlock &block)
{
    // "Vi rekommenderar därför kommunstyrelsen att säkerställa ...", "Den tidigare
    // rekommendationen att ta fram en plan kvarstår."
    static const QRegularExpression remains(
        u"\\b(?:den\\s+)?(?:tidigare\\s+)?rekommendation(?:en)?\\s+(?:om\\s+)?att\\s+(.{10,}?)\\s+kvarstår\\b"_s, caseless);
    if (const auto m = recommendsPattern().match(sentence); m.hasMatch()) {
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
        add(ItemKind::Recommendation, capitalised(m.captured(1)), block, namedOr(m.captured(1), m_chapterBoards), {}, true);
        return true;
    }
    return false;
}

bool ItemScanner::urgedSentence(const QString &sentence, const ReportBlock &block)
{
    // "Vi uppmanar kommunstyrelsen att ta fram ...": the board after the verb, the
    // recommendation after "att", as with "rekommenderar".
    // A numbered heading inside the sentence ("... internkontroll- 3.1 Kommunstyrelsen plan
    // ...") is two columns read as one line: the words are not the report's sentence.
    static const QRegularExpression splicedHeading(u"\\s\\d+(?:\\.\\d+)+\\s+\\p{Lu}"_s);
    const auto m = urgesPattern().match(sentence);
    if (!m.hasMatch() || splicedHeading.match(sentence).hasMatch())
        return false;
    QString text;
    QStringList boards;
    if (m.capturedLength(1) > 0) {
        // "Vi föreslår att äldrenämnden analyserar ...": the board is the clause's subject.
        text = m.captured(2).trimmed();
        const auto mentions = m_boards.mentions(text);
        if (mentions.isEmpty() || mentions.first().start != 0 || mentions.first().board.isEmpty())
            return false;
        boards = {mentions.first().board};
    } else {
        static const QRegularExpression object(u"^(.{3,80}?)\\s+att\\s+(.{10,})$"_s, caseless);
        const auto o = object.match(m.captured(2));
        if (!o.hasMatch())
            return false;
        boards = m_boards.split(o.capturedView(1));
        text = o.captured(2).trimmed();
    }
    // What to do takes a few words: "att riskanalys." is a column's line end, not one.
    if (boards.isEmpty() || text.count(u' ') < 2)
        return false;
    learn(boards);
    if (text.endsWith(u'.'))
        text.chop(1);
    add(ItemKind::Recommendation, capitalised(text), block, boards);
    return true;
}

void ItemScanner::followUpStatus(const QString &text)
{
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
}

bool ItemScanner::chapterParagraph(const ReportBlock &block)
{
    if (!m_chapter)
        return false;
    const QString &text = block.text;
    if (BoardResolver::isBoardName(text)) {
        m_chapterBoards = {m_boards.canonical(text)};
        learn(m_chapterBoards);
        return true;
    }
    // "Kommunstyrelsen bör säkerställa att ..." in the recommendations chapter.
    static const QRegularExpression boardShould(u"^(.{3,60}?)\\s+(?:bör|rekommenderas|behöver|ska|skall)\\s"_s, caseless);
    const auto m = boardShould.match(text);
    if (!m.hasMatch())
        return false;
    const QStringList named = m_boards.boardsIn(m.captured(1));
    if (named.isEmpty())
        return false;
    add(ItemKind::Recommendation, text, block, named);
    return true;
}

void ItemScanner::listItem(const ReportBlock &block)
{
    if (numberedChapterHeading(block))
        return;
    if (m_firstIndent < 0)
        m_firstIndent = block.indent;
    if (subItem(block))
        return;
    m_lastMarker = block.marker;
    m_lastItem = -1;
    const qsizetype before = m_found.size();
    newItem(block);
    if (m_found.size() > before && m_found.last().kind != ItemKind::Assessment)
        m_lastItem = m_found.size() - 1;
}

bool ItemScanner::numberedChapterHeading(const ReportBlock &block)
{
    // "2. Inledning" after a list: the text file's chapter heading reads as one more item.
    // It ends the list (and a recommendations chapter, unless it starts one).
    // A chapter heading stands at the margin, never further in than the list.
    if (block.number.isEmpty() || (m_firstIndent >= 0 && block.indent >= m_firstIndent + 2))
        return false;
    const bool continues = m_lastMarker.isEmpty() || followsMarker(m_lastMarker, block.marker);
    if (!isChapterHeadingLine(block.text, continues))
        return false;
    m_firstIndent = -1;
    m_lastItem = -1;
    m_lastMarker.clear();
    finishAssessment();
    m_list.reset();
    m_pending.reset();
    m_chapter = isRecommendationChapter(block.text);
    m_chapterBoards = m_chapter ? m_boards.boardsIn(block.text) : QStringList{};
    return true;
}

bool ItemScanner::subItem(const ReportBlock &block)
{
    // An item set further in than the list's first item belongs to the item above it.
    if (m_lastItem < 0 || block.indent < m_firstIndent + 2)
        return false;
    m_found[m_lastItem].text += u"\n- "_s + itemText(block.text);
    return true;
}

void ItemScanner::newItem(const ReportBlock &block)
{
    if (m_list) {
        ListIntro &list = *m_list;
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
        add(ItemKind::Recommendation, block.text, block, namedOr(block.text, m_pending->boards), m_pending->number);
        m_pending.reset();
        return;
    }
    if (m_chapter) {
        add(ItemKind::Recommendation, block.text, block, namedOr(block.text, m_chapterBoards), block.number);
        return;
    }
    if (m_assessment)
        appendToAssessment(block, true);
}

void ItemScanner::tableRow(const ReportBlock &block)
{
    // A table of recommendations (Rekommendation | Ansvarig nämnd | Prioritet): each row is one,
    // addressed to the board its board column names. Other tables (a status table, the audit
    // questions and their assessments) hold nothing to answer.
    static const QRegularExpression recommendationColumn(
        u"^(?:(?:våra|revisionens|revisorernas)\\s+)?(?:rekommendation(?:er)?|förslag(?:\\s+till\\s+åtgärd)?|åtgärdsförslag)$"_s,
        caseless);
    static const QRegularExpression boardColumn(
        u"^(?:ansvarig|berörd|ansvariga|berörda)?\\s*(?:nämnd|nämnder|styrelse|styrelser|organ)?$|^ansvar$|^mottagare$"_s,
        caseless);
    const auto columnOf = [&block](const QRegularExpression &re) {
        for (qsizetype c = 0; c < block.header.size(); ++c) {
            if (!block.header.at(c).trimmed().isEmpty() && re.match(block.header.at(c).trimmed()).hasMatch())
                return c;
        }
        return qsizetype(-1);
    };
    // A follow-up's status table: what is done needs no answer; what remains is marked so.
    static const QRegularExpression statusColumn(u"^(?:status|åtgärdsstatus|bedömd\\s+status|läge)$"_s, caseless);
    const qsizetype text = columnOf(recommendationColumn);
    if (text < 0 || block.cells.value(text).trimmed().isEmpty())
        return;
    QString statusNumber;
    const qsizetype statusCell = columnOf(statusColumn);
    const Status status = statusCell >= 0 ? statusOf(block.cells.value(statusCell).trimmed(), &statusNumber) : Status::None;
    if (status == Status::Done)
        return;
    finishAssessment();
    const qsizetype board = columnOf(boardColumn);
    const QStringList named = board >= 0 ? m_boards.boardsIn(block.cells.value(board)) : QStringList();
    learn(named);
    const QStringList fallback = m_list ? m_list->boards : m_chapterBoards;
    add(ItemKind::Recommendation, block.cells.value(text), block, resolved(named.isEmpty() ? fallback : named), {},
        status == Status::Remains);
}

ImportPlace ItemScanner::placeOf(const ReportBlock &block)
{
    return {block.page, block.sectionNumber.isEmpty() ? block.heading : block.sectionNumber, block.heading,
            block.line, block.boxes};
}

QStringList ItemScanner::resolved(const QStringList &named) const
{
    if (!named.isEmpty())
        return named;
    if (m_boards.known().size() == 1)
        return m_boards.known();
    return {};
}

QStringList ItemScanner::namedOr(const QString &text, const QStringList &fallback) const
{
    const QStringList named = m_boards.boardsIn(text);
    return resolved(named.isEmpty() ? fallback : named);
}

void ItemScanner::learn(const QStringList &boards)
{
    for (const QString &b : boards)
        m_boards.add(b);
}

qsizetype ItemScanner::add(ItemKind kind, const QString &text, const ReportBlock &block, const QStringList &boards,
                           const QString &number, bool remains, bool selected)
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

qsizetype ItemScanner::target(const QString &number) const
{
    if (!number.isEmpty()) {
        for (qsizetype i = m_found.size() - 1; i >= 0; --i) {
            if (m_found.at(i).kind == ItemKind::Recommendation && m_found.at(i).number == number)
                return i;
        }
    }
    return m_lastRecommendation;
}

QStringList ItemScanner::assessmentBoards(const QString &text) const
{
    // An assessment concerns the boards it names, or the report's only board; naming none
    // in a report to several boards, it concerns them all.
    return resolved(m_boards.boardsIn(text));
}

void ItemScanner::appendToAssessment(const ReportBlock &block, bool item)
{
    const QString &text = block.text;
    // The report's overall assessment is its conclusion (DetailFinder), which the statement
    // carries apart; no item repeats it.
    static const QRegularExpression judging(
        u"\\b(?:bedöm\\w*|konstater\\w*|anser|sakna\\w*|brist\\w*|delvis|(?:o)?tillräcklig\\w*|ändamålsenlig\\w*|"
        "inte\\s+(?:har|är|finns|sker|görs)|behöver|bör)\\b"_s,
        caseless);
    if (!item && DetailFinder::isOverallAssessment(text))
        return;
    if (!item && m_assessment->summary && !judging.match(text).hasMatch())
        return;
    Assessment &a = *m_assessment;
    // The assessment is found where its words begin, not at the heading above them.
    if (a.parts.isEmpty())
        a.block = &block;
    if (item)
        a.parts.append((a.lastWasItem ? u"- "_s : u"\n- "_s) + text);
    else
        a.parts.append((a.parts.isEmpty() ? QString() : u"\n"_s) + text);
    a.lastWasItem = item;
}

void ItemScanner::finishAssessment()
{
    if (!m_assessment)
        return;
    const QString text = m_assessment->parts.join(u"\n"_s).trimmed();
    if (!text.isEmpty())
        add(ItemKind::Assessment, text, *m_assessment->block, assessmentBoards(text));
    m_assessment.reset();
}

} // namespace yttra
