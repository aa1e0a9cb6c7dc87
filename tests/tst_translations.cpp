// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/translations.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString swedishTs = QStringLiteral(YTTRA_TEST_DATA "/../../translations/yttra_sv.ts");
const QString englishTs = QStringLiteral(YTTRA_TEST_DATA "/../../translations/yttra_en.ts");

/// One <message> of a .ts file as lupdate wrote it and a translator filled it in.
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;          // the translation's type attribute: "" when finished
    QString translation;   // the text of a plain message
    QStringList forms;     // the <numerusform>s of a numerus message
    qint64 line = 0;
};

/// Every message of a .ts file; `error` says why the file could not be read.
QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value("numerus"_L1) == u"yes";
                message.line = xml.lineNumber();
            } else if (inMessage && name == u"source") {
                message.source = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus) {
                    message.translation = xml.readElementText();
                }
            } else if (inMessage && name == u"numerusform") {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    return messages;
}

/// The %1, %2, ..., %n (and %L1) of a text, as a set: a translation may reorder them.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([0-9]+|n)"_s);
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(u"%"_s + match.captured(1));
    return found;
}

/// How many menu accelerators ("&F", not "&&") a text has.
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString where(const Message &m)
{
    return u"line %1, %2: \"%3\""_s.arg(m.line).arg(m.context, m.source.left(60));
}

QString swedishFor(const QList<Message> &messages, const QString &context, const QString &source)
{
    for (const Message &m : messages) {
        if (m.context == context && m.source == source)
            return m.translation;
    }
    return {};
}

void removeOurTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(YTTRA_CLI), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = u"yttra-cli did not finish: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

/// The translations: the Swedish catalogue is complete and keeps every placeholder, the
/// compiled catalogues are in yttracore's resources and load for their locale, and the real
/// command line speaks Swedish when the user's environment says Swedish.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void swedishComplete();
    void englishPluralsComplete();
    void installSwedish();
    void englishPlurals();
    void cliSpeaksSwedish_data();
    void cliSpeaksSwedish();

private:
    QList<Message> m_swedish;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_swedish = readTs(swedishTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_swedish.size() > 100, "yttra_sv.ts holds too few messages; is it the right file?");
}

void TestTranslations::cleanup()
{
    removeOurTranslators();
}

void TestTranslations::swedishComplete()
{
    QStringList problems;
    for (const Message &m : std::as_const(m_swedish)) {
        if (m.type == u"vanished" || m.type == u"obsolete")
            continue; // lrelease leaves these out
        if (m.type == u"unfinished")
            problems.append(where(m) + u" is unfinished"_s);
        if (m.source.trimmed().isEmpty())
            problems.append(where(m) + u" has an empty source"_s);
        const QSet<QString> wanted = placeholders(m.source);
        const QStringList texts = m.numerus ? m.forms : QStringList{m.translation};
        if (m.numerus && m.forms.size() != 2)
            problems.append(where(m) + u" has %1 plural forms, Swedish needs 2"_s.arg(m.forms.size()));
        for (const QString &text : texts) {
            if (text.trimmed().isEmpty()) {
                problems.append(where(m) + u" has an empty translation"_s);
                continue;
            }
            const QSet<QString> got = placeholders(text);
            if (got != wanted) {
                problems.append(where(m) + u" has the placeholders {%1} in \"%2\", the source {%3}"_s
                                    .arg(QStringList(got.values()).join(u", "_s), text,
                                         QStringList(wanted.values()).join(u", "_s)));
            }
            if (accelerators(text) != accelerators(m.source))
                problems.append(where(m) + u" has %1 accelerators in \"%2\""_s.arg(accelerators(text)).arg(text));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void TestTranslations::englishPluralsComplete()
{
    QString error;
    const QList<Message> english = readTs(englishTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    int numerus = 0;
    for (const Message &m : english) {
        if (!m.numerus || m.type == u"vanished" || m.type == u"obsolete")
            continue;
        ++numerus;
        if (m.type == u"unfinished")
            problems.append(where(m) + u" is unfinished"_s);
        if (m.forms.size() != 2)
            problems.append(where(m) + u" has %1 plural forms, English needs 2"_s.arg(m.forms.size()));
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() || !form.contains(u"%n"_s))
                problems.append(where(m) + u" has the form \"%1\" without %n"_s.arg(form));
        }
    }
    QVERIFY2(numerus > 0, "yttra_en.ts has no numerus messages");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void TestTranslations::installSwedish()
{
    yttra::Translations::install(QLocale(u"sv_SE"_s));

    QCOMPARE(QCoreApplication::translate("CommandLine", "no command given"), u"inget kommando angavs"_s);
    // The whole catalogue is compiled in: a sample from every context the .ts has.
    QSet<QString> contexts;
    for (const Message &m : std::as_const(m_swedish)) {
        if (m.numerus || contexts.contains(m.context))
            continue;
        contexts.insert(m.context);
        QCOMPARE(QCoreApplication::translate(m.context.toUtf8().constData(), m.source.toUtf8().constData()),
                 m.translation);
    }
    QCOMPARE(QCoreApplication::translate("yttra::DetailsPage", "%n day(s) left", nullptr, 1), u"1 dag kvar"_s);
    QCOMPARE(QCoreApplication::translate("yttra::DetailsPage", "%n day(s) left", nullptr, 14), u"14 dagar kvar"_s);
    QCOMPARE(QCoreApplication::translate("yttra::MeasuresPage", "%n measure(s)", nullptr, 1), u"1 åtgärd"_s);
    QCOMPARE(QCoreApplication::translate("yttra::MeasuresPage", "%n measure(s)", nullptr, 0), u"0 åtgärder"_s);
}

void TestTranslations::englishPlurals()
{
    // English is the source language, so nothing but the plural forms is in its catalogue.
    QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
    auto *english = new QTranslator(QCoreApplication::instance());
    QVERIFY(english->load(u":/yttra/i18n/yttra_en.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(english));

    QCOMPARE(QCoreApplication::translate("yttra::DetailsPage", "%n day(s) left", nullptr, 1), u"1 day left"_s);
    QCOMPARE(QCoreApplication::translate("yttra::DetailsPage", "%n day(s) left", nullptr, 2), u"2 days left"_s);
    QCOMPARE(QCoreApplication::translate("yttra::MeasuresPage", "%n measure(s)", nullptr, 1), u"1 measure"_s);
    QCOMPARE(QCoreApplication::translate("yttra::MeasuresPage", "%n measure(s)", nullptr, 2), u"2 measures"_s);
    // Everything else falls back to the source text.
    QCOMPARE(QCoreApplication::translate("CommandLine", "no command given"), u"no command given"_s);
}

void TestTranslations::cliSpeaksSwedish_data()
{
    QTest::addColumn<QStringList>("set");    // NAME=value
    QTest::addColumn<QStringList>("unset");
    QTest::addColumn<bool>("swedish");

    // Debian's C library need not have sv_SE.UTF-8 generated: Qt reads the variables itself.
    QTest::newRow("LANG, LC_ALL and LANGUAGE")
        << QStringList{u"LANG=sv_SE.UTF-8"_s, u"LC_ALL=sv_SE.UTF-8"_s, u"LANGUAGE=sv"_s} << QStringList() << true;
    QTest::newRow("LANG only")
        << QStringList{u"LANG=sv_SE.UTF-8"_s} << QStringList{u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s} << true;
    QTest::newRow("LC_ALL only")
        << QStringList{u"LC_ALL=sv_SE.UTF-8"_s} << QStringList{u"LANG"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s} << true;
    QTest::newRow("English")
        << QStringList{u"LANG=en_GB.UTF-8"_s, u"LC_ALL=en_GB.UTF-8"_s, u"LANGUAGE=en"_s} << QStringList() << false;
    QTest::newRow("C")
        << QStringList{u"LANG=C.UTF-8"_s, u"LC_ALL=C.UTF-8"_s} << QStringList{u"LANGUAGE"_s} << false;
}

void TestTranslations::cliSpeaksSwedish()
{
    QFETCH(QStringList, set);
    QFETCH(QStringList, unset);
    QFETCH(bool, swedish);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : std::as_const(unset))
        env.remove(name);
    for (const QString &assignment : std::as_const(set))
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    // The usage text as CommandLine::usage() has it; %1 is where the export command goes.
    const char *usageSource =
        "Usage: yttra-cli COMMAND [OPTIONS]\n"
        "\n"
        "Work with Yttra statements (.yttrande files) without a window.\n"
        "\n"
        "Commands:\n"
        "  validate FILE [--strict]\n"
        "      List problems, one per line: \"error|warning <pointer>: <message>\".\n"
        "      --strict makes gaps in the auditors' template errors.\n"
        "%1  followup FIRST.yttrande [--from DATE] [--to DATE] -o OUT.yttrande\n"
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
        "3 a file cannot be read or written. No command changes its input file.\n";
    // What `yttra-cli --help` prints, word for word, in English and in Swedish: in English,
    // the usage text with the export command where %1 stands.
    const QString englishHelp = QString::fromUtf8(usageSource)
                                    .arg(QString::fromUtf8(
                                        "  export FILE [--pdf OUT.pdf [--with-comments]] [--xlsx OUT.xlsx] "
                                        "[--docx OUT.docx [--template T.docx|T.dotx] [--author NAME]] [--logo IMAGE [--logo-description TEXT]]\n"
                                        "      Write the statement in other formats; warnings (such as a text cut to fit\n"
                                        "      a cell) go to standard error.\n"
                                        "      --pdf OUT.pdf  the statement in the auditors' template, as a tagged PDF\n"
                                        "      --with-comments  with --pdf: the review copy, open comments as end notes\n"
                                        "      --xlsx OUT.xlsx  the Excel action plan: recommendations, measures, details\n"
                                        "      --docx OUT.docx  the statement as a Word document, every field findable for a review in Word\n"
                                        "      --template T.docx|T.dotx  with --docx: fill the municipality's own Word template\n"
                                        "      --author NAME  with --docx: the template's Handläggare (author)\n"
                                        "      --logo IMAGE  with --pdf or --docx: this logo (PNG or SVG) instead of the file's\n"
                                        "      --logo-description TEXT  with --logo: what the logo shows, read out in its place\n"));
    const char *swedishHelp =
        "Användning: yttra-cli COMMAND [OPTIONS]\n"
        "\n"
        "Arbeta med yttranden från Yttra (.yttrande-filer) utan fönster.\n"
        "\n"
        "Kommandon:\n"
        "  validate FILE [--strict]\n"
        "      Listar problem, ett per rad: \"error|warning <pointer>: <message>\".\n"
        "      Med --strict blir brister i förhållande till revisorernas mall fel.\n"
        "  export FILE [--pdf OUT.pdf [--with-comments]] [--xlsx OUT.xlsx] [--docx OUT.docx [--template T.docx|T.dotx] [--author NAME]] [--logo IMAGE [--logo-description TEXT]]\n"
        "      Skriver yttrandet i andra format; varningar (till exempel om en text har\n"
        "      kortats för att rymmas i en cell) skrivs till standardfel.\n"
        "      --pdf OUT.pdf  yttrandet enligt revisorernas mall, som taggad PDF\n"
        "      --with-comments  med --pdf: granskningsexemplaret, med öppna kommentarer som slutnoter\n"
        "      --xlsx OUT.xlsx  handlingsplanen i Excel: rekommendationer, åtgärder, uppgifter\n"
        "      --docx OUT.docx  yttrandet som Worddokument, med varje fält spårbart för granskning i Word\n"
        "      --template T.docx|T.dotx  med --docx: fyll i kommunens egen Wordmall\n"
        "      --author NAME  med --docx: mallens handläggare\n"
        "      --logo IMAGE  med --pdf eller --docx: den här logotypen (PNG eller SVG) i stället för filens\n"
        "      --logo-description TEXT  med --logo: vad logotypen visar, läses upp i dess ställe\n"
        "  followup FIRST.yttrande [--from DATE] [--to DATE] -o OUT.yttrande\n"
        "      Påbörjar det uppföljande yttrandet utifrån ett första yttrande; perioden\n"
        "      som redovisas löper från DATE (standard: det första yttrandets datum) till DATE.\n"
        "  example -o OUT.yttrande\n"
        "      Skriver det inbyggda exempelyttrandet (\"-\" skriver till standardutdata).\n"
        "  import REPORT --board NAME [--kind first|followUp] [--all] [--no-ocr] [--explain] -o OUT.yttrande\n"
        "      Påbörjar ett yttrande utifrån revisorernas rapport (PDF, .txt eller .md):\n"
        "      granskningens uppgifter, sista svarsdag och de punkter som riktas till nämnden\n"
        "      (--all: till alla nämnder). Skriver ut vad som hittades på standardfel. Skannade\n"
        "      sidor läses med textigenkänning (OCR) och deras punkter markeras som osäkra;\n"
        "      --no-ocr avvisar i stället en skannad rapport. --explain skriver ut varje punkt\n"
        "      som hittades med sida och rad, och om yttrandet tar med den (-o kan då utelämnas).\n"
        "  register DIR [--board NAME] [--state STATE] [--today DATE] [--json] [--ics OUT.ics] [--xlsx OUT.xlsx] [--pdf OUT.pdf]\n"
        "      Registret över alla yttranden i DIR och dess undermappar: varje\n"
        "      rekommendation med nämnd, åtgärder, nästa datum och läge (open, onTrack,\n"
        "      dueSoon, overdue, done, notFollowedUp) den DATE (standard: i dag), som en\n"
        "      tabell, eller som JSON med --json. Filer som inte kan användas listas på\n"
        "      standardfel. --ics OUT.ics  skriv också tidpunkterna som en kalenderfil\n"
        "      --xlsx OUT.xlsx  skriv också registret som Excelarbetsbok\n"
        "      --pdf OUT.pdf  skriv också registret som PDF för nämnden\n"
        "  compare OLD.yttrande NEW.yttrande [--pdf OUT.pdf]\n"
        "      Visar vad som har ändrats mellan två versioner, del för del och fält för fält,\n"
        "      med ändrade ord markerade [-removed-] och {+added+}; slutstatus 0 om lika, annars 1.\n"
        "      --pdf OUT.pdf  skriver också jämförelsen som PDF för granskning på papper\n"
        "  comments FILE\n"
        "      Listar kommentarerna med sina svar, öppna kommentarer först.\n"
        "  review-import REVIEWED.docx FILE.yttrande [-o OUT.yttrande] [--accept-changes]\n"
        "      Läser in en granskning som gjorts i Word i ett dokument som exporterats med --docx:\n"
        "      kommentarerna (med svar) på de fält de gjordes på, och texten som ändrats i varje\n"
        "      fält som ett ändringsförslag, listat som [-removed-] och {+added+}.\n"
        "      -o OUT.yttrande  skriv yttrandet med kommentarerna inlästa\n"
        "      --accept-changes  med -o: ta också in ändringsförslagen\n"
        "\n"
        "Alternativ:\n"
        "  -h, --help      Visa den här hjälpen.\n"
        "  -v, --version   Visa versionen.\n"
        "\n"
        "Slutstatus: 0 lyckades; 1 indata är ogiltiga; 2 felaktig användning;\n"
        "3 en fil kan inte läsas eller skrivas. Inget kommando ändrar sin indatafil.\n";
    const QString swedishUsage = swedishFor(m_swedish, u"CommandLine"_s, QString::fromUtf8(usageSource));
    QVERIFY2(!swedishUsage.isEmpty(), "the usage text is not in yttra_sv.ts as this test knows it; update the test");
    // What scripts parse stays as it is in every language.
    QVERIFY(swedishUsage.contains(u"\"error|warning <pointer>: <message>\""_s));
    QVERIFY(swedishUsage.contains(u"[-removed-] och {+added+}"_s));

    const Run help = runCli({u"--help"_s}, env);
    QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.out, swedish ? QString::fromUtf8(swedishHelp) : englishHelp);
    if (swedish)
        QVERIFY(help.out.startsWith(u"Användning: yttra-cli"_s));

    const Run wrong = runCli({u"frobnicate"_s}, env);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.out.isEmpty());
    const QString expected = swedish ? u"yttra-cli: okänt kommando \"frobnicate\"\nSe \"yttra-cli --help\".\n"_s
                                     : u"yttra-cli: unknown command \"frobnicate\"\nTry \"yttra-cli --help\".\n"_s;
    QCOMPARE(wrong.err, expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
